#include "OrganizationImporter.h"

#include "ImportFormats.h"

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OrganizationImporter", text);
}

} // namespace

OrganizationImporter::OrganizationImporter(Database& db, const UserContext& user)
    : TableImporter(db, user, ImportFormats::columns(TableKind::Orgs))
    , m_service(db)
{
}

Status OrganizationImporter::processRow(const TableRow& row)
{
    const int before = m_report.issues.size();
    PendingRow pending;
    pending.row = row.number;
    Organization& org = pending.org;
    org.code = text(row, "code");
    org.name = text(row, "name");
    pending.parentCode = text(row, "parent");
    if (org.code.isEmpty()) {
        report(row.number, QStringLiteral("code"), tr("the organization code is missing"));
    }
    if (org.name.isEmpty()) {
        report(row.number, QStringLiteral("name"), tr("the name is missing"));
    }
    const QString typeText = text(row, "type");
    if (typeText.isEmpty()) {
        report(row.number, QStringLiteral("type"), tr("the type is missing"));
    } else if (const auto type = term(row, "type", Vocabulary::orgTypes(), OrgType::Branch)) {
        org.type = *type;
        org.temporary = typeText.startsWith(QStringLiteral("临时"));
    }
    if (const auto category = term(row, "unit_category", Vocabulary::unitCategories(), UnitCategory::Unknown)) {
        org.unitCategory = *category;
    }
    if (const auto temporary = flag(row, "temporary")) {
        org.temporary = org.temporary || *temporary;
    }
    if (const auto established = date(row, "established_on")) {
        org.establishedOn = *established;
    }
    if (const auto dissolved = date(row, "dissolved_on")) {
        org.dissolvedOn = *dissolved;
    }
    if (const QString staff = text(row, "staff_count"); !staff.isEmpty()) {
        bool ok = false;
        const int count = staff.toInt(&ok);
        if (!ok || count < 0) {
            report(row.number, QStringLiteral("staff_count"), tr("\"%1\" is not a number of people").arg(staff));
        } else {
            org.staffCount = count;
        }
    }
    if (!org.code.isEmpty()) {
        if (const auto it = m_rowOfCode.constFind(org.code); it != m_rowOfCode.constEnd()) {
            report(row.number, QStringLiteral("code"),
                   tr("the code %1 appears already in row %2").arg(org.code).arg(m_rows.at(it.value()).row));
            return {};
        }
    }
    if (m_report.issues.size() == before) {
        m_rowOfCode.insert(org.code, int(m_rows.size()));
        m_rows.append(pending);
    }
    return {};
}

Status OrganizationImporter::finish()
{
    // Apply parents before children: depth-first over the file's own parent references.
    QHash<QString, qint64> idOfCode;
    QHash<int, int> state; // index -> 1 visiting, 2 done
    std::function<Status(int)> apply = [&](int index) -> Status {
        if (state.value(index) == 2) {
            return {};
        }
        PendingRow& pending = m_rows[index];
        if (state.value(index) == 1) {
            report(pending.row, QStringLiteral("parent"), tr("the parent codes form a cycle"));
            state[index] = 2;
            return {};
        }
        state[index] = 1;
        Organization& org = pending.org;
        org.parentId = 0;
        bool parentKnown = true;
        if (!pending.parentCode.isEmpty()) {
            if (const auto inFile = m_rowOfCode.constFind(pending.parentCode); inFile != m_rowOfCode.constEnd()) {
                if (auto done = apply(inFile.value()); !done.ok()) {
                    return done;
                }
                org.parentId = idOfCode.value(pending.parentCode);
                if (org.parentId == 0) {
                    report(pending.row, QStringLiteral("parent"),
                           tr("the parent %1 (row %2) could not be recorded")
                               .arg(pending.parentCode)
                               .arg(m_rows.at(inFile.value()).row));
                    parentKnown = false;
                }
            } else {
                auto parent = m_service.findByCode(m_user, pending.parentCode);
                if (!parent.ok()) {
                    return parent.error();
                }
                if (!parent.value()) {
                    report(pending.row, QStringLiteral("parent"),
                           tr("there is no organization with the code %1").arg(pending.parentCode));
                    parentKnown = false;
                } else {
                    org.parentId = parent.value()->id;
                }
            }
        }
        state[index] = 2;
        if (!parentKnown) {
            return {};
        }
        auto existing = m_service.findByCode(m_user, org.code);
        if (!existing.ok()) {
            return existing.error();
        }
        if (existing.value()) {
            org.id = existing.value()->id;
            const Organization& old = *existing.value();
            const bool same = old.name == org.name && old.type == org.type && old.unitCategory == org.unitCategory &&
                              old.temporary == org.temporary && old.establishedOn == org.establishedOn &&
                              old.staffCount == org.staffCount && old.parentId == org.parentId &&
                              (!org.dissolvedOn.isValid() || old.dissolvedOn == org.dissolvedOn);
            if (!org.dissolvedOn.isValid()) {
                org.dissolvedOn = old.dissolvedOn;
            }
            if (same) {
                ++m_report.unchanged;
            } else if (auto updated = m_service.update(m_user, org); !updated.ok()) {
                if (!reportError(pending.row, updated.error(), QStringLiteral("code"))) {
                    return updated;
                }
            } else {
                ++m_report.updated;
            }
            idOfCode.insert(org.code, org.id);
            return {};
        }
        auto created = m_service.create(m_user, org);
        if (!created.ok()) {
            if (!reportError(pending.row, created.error(), QStringLiteral("code"))) {
                return created.error();
            }
            return {};
        }
        ++m_report.created;
        idOfCode.insert(org.code, *created);
        return {};
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        if (auto done = apply(i); !done.ok()) {
            return done;
        }
    }
    return {};
}
