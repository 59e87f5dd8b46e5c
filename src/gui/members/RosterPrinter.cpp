#include "RosterPrinter.h"

#include "core/Clock.h"
#include "core/Dates.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "gui/common/Dialogs.h"

#include <QCoreApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace {

QString cell(const QString& text)
{
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

} // namespace

RosterPrinter::RosterPrinter(Database& db, RosterQuery query, QString title)
    : m_db(db)
    , m_query(std::move(query))
    , m_title(std::move(title))
{
}

Result<QString> RosterPrinter::html()
{
    RosterService roster(m_db);
    const UserContext user = UserContext::localUser();
    auto ids = roster.orderedIds(user, m_query);
    if (!ids.ok()) {
        return ids.error();
    }
    if (ids->size() > MaxRows) {
        return Error(Error::Kind::Invalid, tr("The roster has %1 members; print at most %2 (choose an organization or "
                                              "search), or export it to a file.")
                                               .arg(ids->size())
                                               .arg(MaxRows));
    }
    QString html = QStringLiteral("<html><body><h2 align=\"center\">%1</h2><p align=\"center\">%2</p>"
                                  "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>")
                       .arg(m_title.toHtmlEscaped(),
                            tr("%1 members, as of %2").arg(ids->size()).arg(Dates::toText(Clock::today())));
    for (const char* header :
         {QT_TR_NOOP("No."), QT_TR_NOOP("Name"), QT_TR_NOOP("Gender"), QT_TR_NOOP("Citizen ID number"),
          QT_TR_NOOP("Birth date"), QT_TR_NOOP("Category"), QT_TR_NOOP("Organization"), QT_TR_NOOP("Admitted"),
          QT_TR_NOOP("Full member since"), QT_TR_NOOP("Education")}) {
        html += QStringLiteral("<th>%1</th>").arg(tr(header).toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    int number = 0;
    for (qsizetype at = 0; at < ids->size(); at += 500) {
        auto rows = roster.rowsByIds(user, ids->mid(at, 500));
        if (!rows.ok()) {
            return rows.error();
        }
        for (const RosterRow& r : *rows) {
            html += QStringLiteral("<tr>") + cell(QString::number(++number)) + cell(r.name) +
                    cell(Vocabulary::genders().label(int(r.gender))) + cell(r.idNumber) +
                    cell(Dates::toText(r.birthDate)) + cell(Vocabulary::memberCategories().label(int(r.category))) +
                    cell(r.orgName) + cell(Dates::toText(r.admittedOn)) + cell(Dates::toText(r.fullOn)) +
                    cell(Vocabulary::educations().label(int(r.education))) + QStringLiteral("</tr>");
        }
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

Status RosterPrinter::print(QPrinter* printer)
{
    auto text = html();
    if (!text.ok()) {
        return text.error();
    }
    QTextDocument document;
    document.setHtml(*text);
    document.print(printer);
    return {};
}

void RosterPrinter::preview(QWidget* parent)
{
    // Checked before the preview opens, so that a refusal is a message, not an empty page.
    if (auto text = html(); !text.ok()) {
        Dialogs::critical(parent, tr("Print roster"), text.error().message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print roster"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [this](QPrinter* target) {
        if (auto printed = print(target); !printed.ok()) {
            Dialogs::critical(nullptr, tr("Print roster"), printed.error().message());
        }
    });
    dialog.exec();
}
