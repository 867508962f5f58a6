// SPDX-License-Identifier: EUPL-1.2
// The start-up baseline: read the same caseload rows with the raw sqlite3 API into a
// QStandardItemModel, show a QTableView, print the milliseconds to its first paint and exit.
#include "common/StartupProbe.h"

#include <QApplication>
#include <QFile>
#include <QStandardItemModel>
#include <QTableView>

#include <sqlite3.h>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return 1;
    const bool mine = argc > 2 && argv[2][0] != '\0';
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db,
                       mine ? "SELECT geslachtsnaam || ', ' || roepnaam || ' ' || tussenvoegsel, geboortedatum, "
                              "straat || ' ' || huisnummer, postcode, woonplaats, bsn, telefoon FROM inwoner WHERE "
                              "aanspreekpunt_naam = ?1 COLLATE NOCASE AND deleted = 0 ORDER BY sort_key"
                            : "SELECT geslachtsnaam || ', ' || roepnaam || ' ' || tussenvoegsel, geboortedatum, "
                              "straat || ' ' || huisnummer, postcode, woonplaats, bsn, telefoon FROM inwoner WHERE "
                              "deleted = 0 ORDER BY sort_key",
                       -1, &st, nullptr);
    if (mine)
        sqlite3_bind_text(st, 1, argv[2], -1, SQLITE_STATIC);
    QStandardItemModel model(0, 7);
    while (sqlite3_step(st) == SQLITE_ROW) {
        QList<QStandardItem*> row;
        for (int c = 0; c < 7; ++c)
            row << new QStandardItem(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, c))));
        model.appendRow(row);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);

    QTableView view;
    view.setModel(&model);
    startup::PaintProbe probe([] {
        std::printf("startup_ms=%.1f\n", startup::msSinceProcessStart());
        std::fflush(stdout);
        QApplication::quit();
    });
    view.viewport()->installEventFilter(&probe);
    view.resize(1100, 700);
    view.show();
    return app.exec();
}
