// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "CliContext.h"

namespace cli {

int runInit(CliContext& ctx);
int runDemo(CliContext& ctx);
int runCheck(CliContext& ctx);
int runList(CliContext& ctx);
int runImportCsv(CliContext& ctx);
int runBench(CliContext& ctx);
int runReport(CliContext& ctx);
int runInstrument(CliContext& ctx);

} // namespace cli
