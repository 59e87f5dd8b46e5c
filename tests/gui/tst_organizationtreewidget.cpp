#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "gui/organizations/OrganizationTreeModel.h"
#include "gui/organizations/OrganizationTreeWidget.h"
#include "services/OrganizationService.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

#include <memory>

class TestOrganizationTreeWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void layoutAndNames();
    void expandsTwoLevels();
    void searchByNameKeepsAncestors();
    void searchByCodeIgnoresCase();
    void searchWaitsForTyping();
    void clearingTheSearchRestoresTheTree();
    void selectingEmitsTheId();
    void filteringKeepsTheChoice();
    void reloadToAnotherDate();

private:
    qint64 idOf(const QString& code);
    std::unique_ptr<TempDatabase> m_temp;
    std::shared_ptr<Database> m_db;
    UserContext m_user = UserContext::localUser();
};

namespace {

QModelIndex find(const QAbstractItemModel& model, const QString& code)
{
    const QModelIndexList found =
        model.match(model.index(0, 0), OrganizationTreeModel::CodeRole, code, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.constFirst();
}

// Every code visible in the view's model, depth first.
QStringList visibleCodes(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        codes.append(index.data(OrganizationTreeModel::CodeRole).toString());
        codes += visibleCodes(model, index);
    }
    return codes;
}

void search(OrganizationTreeWidget& widget, const QString& text)
{
    widget.searchEdit()->setText(text);
    QTest::keyClick(widget.searchEdit(), Qt::Key_Return); // applies at once
}

} // namespace

void TestOrganizationTreeWidget::initTestCase()
{
    Language::install(QStringLiteral("en"));
    m_temp = std::make_unique<TempDatabase>(); // pins today to 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db()));
    auto opened = Database::open(m_temp->path(), Database::OpenMode::ExistingOnly);
    QVERIFY(opened.ok());
    m_db = *opened;
}

void TestOrganizationTreeWidget::cleanupTestCase()
{
    m_db.reset();
    m_temp.reset();
}

qint64 TestOrganizationTreeWidget::idOf(const QString& code)
{
    OrganizationService orgs(*m_db);
    const auto org = orgs.findByCode(m_user, code);
    return org.ok() && org.value() ? org.value()->id : 0;
}

void TestOrganizationTreeWidget::layoutAndNames()
{
    OrganizationTreeWidget widget(m_db);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto* edit = widget.findChild<QLineEdit*>(QStringLiteral("orgSearchEdit"));
    auto* view = widget.findChild<QTreeView*>(QStringLiteral("orgTreeView"));
    QVERIFY(edit && view);
    QCOMPARE(edit->placeholderText(), QStringLiteral("Search organizations"));
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
    QVERIFY(proxy);
    QVERIFY(proxy->isRecursiveFilteringEnabled());
    QCOMPARE(proxy->sourceModel(), widget.model());
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    search(widget, QStringLiteral("预算"));
    search(widget, QString());
    QCOMPARE(widget.currentOrganization(), qint64(0));
}

void TestOrganizationTreeWidget::expandsTwoLevels()
{
    OrganizationTreeWidget widget(m_db);
    const QAbstractItemModel& model = *widget.view()->model();
    QVERIFY(widget.view()->isExpanded(find(model, QStringLiteral("CITY"))));
    QVERIFY(widget.view()->isExpanded(find(model, QStringLiteral("COM1"))));
    QVERIFY(!widget.view()->isExpanded(find(model, QStringLiteral("GB1"))));
    QVERIFY(!widget.view()->isExpanded(find(model, QStringLiteral("BR1"))));
}

void TestOrganizationTreeWidget::searchByNameKeepsAncestors()
{
    OrganizationTreeWidget widget(m_db);
    const QAbstractItemModel& model = *widget.view()->model();
    search(widget, QStringLiteral("预算一科"));
    // BR1 预算一科党支部 and GRP1 预算一科第一党小组 match; their ancestors stay.
    QCOMPARE(visibleCodes(model), (QStringList{QStringLiteral("CITY"), QStringLiteral("COM1"), QStringLiteral("GB1"),
                                               QStringLiteral("BR1"), QStringLiteral("GRP1")}));
    QVERIFY(widget.view()->isExpanded(find(model, QStringLiteral("GB1"))));
    QVERIFY(widget.view()->isExpanded(find(model, QStringLiteral("BR1"))));

    search(widget, QStringLiteral("综合科"));
    QCOMPARE(visibleCodes(model), (QStringList{QStringLiteral("CITY"), QStringLiteral("COM1"), QStringLiteral("BR3")}));

    search(widget, QStringLiteral("no such organization"));
    QCOMPARE(model.rowCount(), 0);
}

void TestOrganizationTreeWidget::searchByCodeIgnoresCase()
{
    OrganizationTreeWidget widget(m_db);
    const QAbstractItemModel& model = *widget.view()->model();
    search(widget, QStringLiteral("br2"));
    QCOMPARE(visibleCodes(model), (QStringList{QStringLiteral("CITY"), QStringLiteral("COM1"), QStringLiteral("GB1"),
                                               QStringLiteral("BR2")}));
    search(widget, QStringLiteral("  Gb1 "));
    // GB1 matches; its children do not (the filter shows matches and their ancestors).
    QCOMPARE(visibleCodes(model), (QStringList{QStringLiteral("CITY"), QStringLiteral("COM1"), QStringLiteral("GB1")}));
}

void TestOrganizationTreeWidget::searchWaitsForTyping()
{
    OrganizationTreeWidget widget(m_db);
    const QAbstractItemModel& model = *widget.view()->model();
    const int all = int(visibleCodes(model).size());
    QCOMPARE(all, 7);
    QTest::keyClicks(widget.searchEdit(), QStringLiteral("BR3"));
    QCOMPARE(int(visibleCodes(model).size()), all); // not yet: the search waits for a pause
    QTRY_COMPARE_WITH_TIMEOUT(visibleCodes(model),
                              (QStringList{QStringLiteral("CITY"), QStringLiteral("COM1"), QStringLiteral("BR3")}),
                              2000);
}

void TestOrganizationTreeWidget::clearingTheSearchRestoresTheTree()
{
    OrganizationTreeWidget widget(m_db);
    const QAbstractItemModel& model = *widget.view()->model();
    search(widget, QStringLiteral("BR3"));
    QCOMPARE(visibleCodes(model).size(), qsizetype(3));
    search(widget, QString());
    QCOMPARE(visibleCodes(model).size(), qsizetype(7));
    QVERIFY(widget.view()->isExpanded(find(model, QStringLiteral("COM1"))));
    QVERIFY(!widget.view()->isExpanded(find(model, QStringLiteral("GB1"))));
}

void TestOrganizationTreeWidget::selectingEmitsTheId()
{
    OrganizationTreeWidget widget(m_db);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy spy(&widget, &OrganizationTreeWidget::organizationSelected);
    QTreeView* view = widget.view();
    const QAbstractItemModel& model = *view->model();

    view->setCurrentIndex(find(model, QStringLiteral("BR3")));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), idOf(QStringLiteral("BR3")));
    QCOMPARE(widget.currentOrganization(), idOf(QStringLiteral("BR3")));

    // A click on another row (its count column) selects that organization.
    const QModelIndex com1Count = find(model, QStringLiteral("COM1")).siblingAtColumn(1);
    view->scrollTo(com1Count);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(com1Count).center());
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), idOf(QStringLiteral("COM1")));

    // The same organization again (another column): nothing new.
    view->setCurrentIndex(find(model, QStringLiteral("COM1")));
    QCOMPARE(spy.size(), 2);

    // Programmatic selection of a collapsed, deeper organization.
    QVERIFY(widget.selectOrganization(idOf(QStringLiteral("GRP1"))));
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy.at(2).at(0).toLongLong(), idOf(QStringLiteral("GRP1")));
    QVERIFY(!widget.selectOrganization(idOf(QStringLiteral("TMP1")))); // dissolved
    QCOMPARE(spy.size(), 3);
}

void TestOrganizationTreeWidget::filteringKeepsTheChoice()
{
    OrganizationTreeWidget widget(m_db);
    QSignalSpy spy(&widget, &OrganizationTreeWidget::organizationSelected);
    QVERIFY(widget.selectOrganization(idOf(QStringLiteral("BR1"))));
    QCOMPARE(spy.size(), 1);
    // The search hides BR1: the view moves its current row, which is not the user's choice.
    search(widget, QStringLiteral("BR2"));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(widget.currentOrganization(), idOf(QStringLiteral("BR1")));
    // Back: BR1 is current again, still without a signal.
    search(widget, QString());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(widget.view()->currentIndex().data(OrganizationTreeModel::OrgIdRole).toLongLong(),
             idOf(QStringLiteral("BR1")));
    // Selecting an organization hidden by a search clears the search.
    search(widget, QStringLiteral("BR2"));
    QVERIFY(widget.selectOrganization(idOf(QStringLiteral("BR3"))));
    QVERIFY(widget.searchEdit()->text().isEmpty());
    QCOMPARE(spy.size(), 2);
}

void TestOrganizationTreeWidget::reloadToAnotherDate()
{
    OrganizationTreeWidget widget(m_db);
    QSignalSpy spy(&widget, &OrganizationTreeWidget::organizationSelected);
    const QAbstractItemModel& model = *widget.view()->model();
    QVERIFY(!find(model, QStringLiteral("TMP1")).isValid());
    widget.reload(QDate(2024, 4, 1));
    QVERIFY(find(model, QStringLiteral("TMP1")).isValid());
    QVERIFY(widget.selectOrganization(idOf(QStringLiteral("TMP1"))));
    QCOMPARE(spy.size(), 1);
    widget.reload(QDate(2024, 5, 1)); // still there: kept, no signal
    QCOMPARE(spy.size(), 1);
    QCOMPARE(widget.currentOrganization(), idOf(QStringLiteral("TMP1")));
    widget.reload(); // today: TMP1 is dissolved
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), qint64(0));
    QCOMPARE(widget.currentOrganization(), qint64(0));
}

QTEST_MAIN(TestOrganizationTreeWidget)
#include "tst_organizationtreewidget.moc"
