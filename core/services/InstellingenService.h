// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"
#include "model/MijnGegevens.h"
#include "rules/FieldError.h"

#include <QObject>

namespace core {

class Workspace;

/// The consulent's own details ("Mijn gegevens"), used as vast aanspreekpunt by default and in the
/// audit log.
class InstellingenService : public QObject {
    Q_OBJECT
public:
    explicit InstellingenService(Workspace& workspace, QObject* parent = nullptr);

    MijnGegevens mijnGegevens() const;
    rules::FieldErrors validate(const MijnGegevens& gegevens) const;
    Status setMijnGegevens(const MijnGegevens& gegevens);

signals:
    void mijnGegevensChanged();

private:
    Workspace& m_ws;
};

} // namespace core
