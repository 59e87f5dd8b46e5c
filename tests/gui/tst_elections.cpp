#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/CitizenId.h"
#include "core/Language.h"
#include "gui/common/Dialogs.h"
#include "gui/elections/CandidatesModel.h"
#include "gui/elections/CommitteeModel.h"
#include "gui/elections/ElectionDialog.h"
#include "gui/elections/ElectionSettingsDialog.h"
#include "gui/elections/ElectionsModel.h"
#include "gui/elections/ElectionsWidget.h"
#include "gui/elections/PostponementDialog.h"
#include "gui/elections/VotersModel.h"
#include "services/ElectionService.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "services/PostService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

// The Elections page of an organization and the election form, driven by objectName: the
// verdict and the Elected column follow what is typed, voters left out change the eligible
// count, a save records the election and its posts; correcting, deleting, postponing, the
// settings; every model under QAbstractItemModelTester.
class TestElections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheTester();
    void verdictFollowsTheForm();
    void recordsRefusedOnSaveStayOpen();
    void correctAndDelete();
    void postponeTheTerm();
    void onlyGrassrootsOrganizationsElect();
    void settingsDialogRecomputes();

private:
    qint64 org(const QString& code);
    qint64 member(const QString& idNumber);
    // A recorded term election of BR1 on `date`: 8 eligible and present, 张伟 for secretary,
    // 李娜 for 组织委员, M0 and M1 for committee member (8, 7, 6, 3 votes); 3 seats.
    qint64 recordBr1(const QDate& date, int present = 8, int m0Votes = 6);

    std::unique_ptr<TempDatabase> m_temp;
    UserContext m_user = UserContext::localUser();
    QList<qint64> m_extra; // M0..M4, full members of BR1 since 2011
    qint64 m_zhang = 0;
    qint64 m_li = 0;
    qint64 m_liu = 0;
};

namespace {

QString makeIdNumber(int n)
{
    const QString first17 = QStringLiteral("110105") +
                            QDate(1980, 1, 1).addDays(n).toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(2 * n + 1, 3, 10, QChar(u'0'));
    return first17 + CitizenId::checkCharacter(first17);
}

void clickSave(QWidget& dialog)
{
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

void typeNumber(QSpinBox* spin, int value)
{
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QCOMPARE(spin->value(), value);
}

// Types the votes of a candidate into the table, as a user does: edit, digits, Enter.
void typeVotes(QTableView* view, int row, int votes)
{
    const QModelIndex index = view->model()->index(row, CandidatesModel::VotesColumn);
    view->setCurrentIndex(index);
    view->edit(index);
    QPointer<QSpinBox> editor; // the delegate deletes it once closed
    for (QSpinBox* spin : view->viewport()->findChildren<QSpinBox*>()) {
        if (spin->isVisible()) {
            editor = spin;
        }
    }
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QString::number(votes));
    QTest::keyClick(editor, Qt::Key_Enter); // the delegate commits on the next turn of the event loop
    QTRY_COMPARE(index.data(Qt::EditRole).toInt(), votes);
    QTRY_VERIFY(!editor || !editor->isVisible());
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found) {
        qWarning("no %s", name);
    }
    return found;
}

} // namespace

void TestElections::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestElections::init()
{
    m_temp = std::make_unique<TempDatabase>(); // today: 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db(), true));
    Dialogs::resetForTests();
    m_zhang = member(QStringLiteral("110105198003151015"));
    m_li = member(QStringLiteral("110105198506201029"));
    m_liu = member(QStringLiteral("440305197511113130"));
    MemberService members(m_temp->db());
    for (int i = 0; i < 5; ++i) {
        Member m;
        m.name = QStringLiteral("成员%1").arg(i);
        m.idNumber = makeIdNumber(i);
        auto id = members.admit(m_user, m, QDate(2010, 7, 1), org(QStringLiteral("BR1")), QDate(2011, 7, 1));
        QVERIFY(id.ok());
        m_extra.append(*id);
    }
}

void TestElections::cleanup()
{
    m_temp.reset();
    m_extra.clear();
}

qint64 TestElections::org(const QString& code)
{
    auto found = OrganizationService(m_temp->db()).findByCode(m_user, code);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestElections::member(const QString& idNumber)
{
    auto found = MemberService(m_temp->db()).findByIdNumber(m_user, idNumber);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestElections::recordBr1(const QDate& date, int present, int m0Votes)
{
    Election e;
    e.orgId = org(QStringLiteral("BR1"));
    e.heldOn = date;
    e.seats = 3;
    e.eligible = 8;
    e.present = present;
    e.ballotsIssued = present;
    e.ballotsReturned = present;
    auto candidate = [](qint64 id, PostKind kind, int votes) {
        ElectionCandidate c;
        c.memberId = id;
        c.position = kind;
        c.votes = votes;
        return c;
    };
    e.candidates = {candidate(m_zhang, PostKind::Secretary, qMin(8, present)),
                    candidate(m_li, PostKind::OrganizationMember, qMin(7, present)),
                    candidate(m_extra.at(0), PostKind::CommitteeMember, m0Votes),
                    candidate(m_extra.at(1), PostKind::CommitteeMember, 2)};
    auto id = ElectionService(m_temp->db()).record(m_user, e);
    if (!id.ok()) {
        qWarning("%s", qPrintable(id.error().message()));
        return 0;
    }
    return *id;
}

void TestElections::modelsPassTheTester()
{
    const qint64 br1 = org(QStringLiteral("BR1"));
    ElectionsModel elections(m_temp->db());
    QAbstractItemModelTester electionsTester(&elections, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CommitteeModel committee(m_temp->db());
    QAbstractItemModelTester committeeTester(&committee, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(recordBr1(QDate(2021, 6, 1)) != 0);
    QVERIFY(recordBr1(QDate(2024, 9, 1), 6, 4) != 0); // no quorum
    QVERIFY(elections.setOrganization(br1).ok());
    QCOMPARE(elections.rowCount(), 2);
    QCOMPARE(elections.columnCount(), int(ElectionsModel::ColumnCount));
    // Newest first; the invalid one says why.
    QCOMPARE(elections.index(0, ElectionsModel::DateColumn).data().toString(), QStringLiteral("2024-09-01"));
    QCOMPARE(elections.index(0, ElectionsModel::VerdictColumn).data().toString(), QStringLiteral("Quorum not reached"));
    QVERIFY(elections.index(0, ElectionsModel::VerdictColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("6 of 8")));
    QVERIFY(!elections.index(0, 0).data(ElectionsModel::ValidRole).toBool());
    QCOMPARE(elections.index(1, ElectionsModel::VerdictColumn).data().toString(), QStringLiteral("Valid"));
    QCOMPARE(elections.index(1, ElectionsModel::TermColumn).data().toString(),
             QStringLiteral("3 year(s), until 2024-06-01"));
    QCOMPARE(elections.index(1, ElectionsModel::AttendanceColumn).data().toString(), QStringLiteral("8 / 8"));
    QCOMPARE(elections.index(1, ElectionsModel::KindColumn).data().toString(), QStringLiteral("Term election"));
    QVERIFY(elections.setOrganization(0).ok());
    QCOMPARE(elections.rowCount(), 0);

    QVERIFY(committee.load(br1, QDate(2022, 1, 1)).ok());
    QCOMPARE(committee.rowCount(), 3);
    QCOMPARE(committee.index(0, CommitteeModel::PostColumn).data().toString(), QStringLiteral("Secretary"));
    QCOMPARE(committee.index(0, CommitteeModel::MemberColumn).data().toString(), QStringLiteral("张伟"));
    QCOMPARE(committee.index(0, CommitteeModel::ConcurrentAdminHeadColumn).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(committee.index(2, CommitteeModel::FromColumn).data().toString(), QStringLiteral("2021-06-01"));

    CandidatesModel candidates;
    QAbstractItemModelTester candidatesTester(&candidates, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&candidates, &CandidatesModel::candidatesEdited);
    QCOMPARE(candidates.addCandidate(m_zhang, QStringLiteral("张伟"), PostKind::Secretary), 0);
    QCOMPARE(candidates.addCandidate(m_li, QStringLiteral("李娜"), PostKind::CommitteeMember), 1);
    QVERIFY(candidates.setData(candidates.index(1, CandidatesModel::VotesColumn), 5));
    QVERIFY(!candidates.setData(candidates.index(1, CandidatesModel::VotesColumn), -1));
    QVERIFY(candidates.setData(candidates.index(0, CandidatesModel::ConcurrentAdminHeadColumn), Qt::Checked,
                               Qt::CheckStateRole));
    QVERIFY(!candidates.setData(candidates.index(1, CandidatesModel::ConcurrentAdminHeadColumn), Qt::Checked,
                                Qt::CheckStateRole)); // not a secretary
    QVERIFY(!(candidates.flags(candidates.index(0, CandidatesModel::ElectedColumn)) & Qt::ItemIsEditable));
    candidates.setElected({false, true});
    QCOMPARE(candidates.index(1, CandidatesModel::ElectedColumn).data().toString(), QStringLiteral("Yes"));
    candidates.setIssues({{1, QStringLiteral("problem")}});
    QCOMPARE(candidates.index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("problem"));
    candidates.removeCandidate(0);
    QCOMPARE(candidates.rowCount(), 1);
    QCOMPARE(edited.count(), 5); // two adds, votes, 一肩挑, removal
    QVERIFY(candidates.candidates().constFirst().elected);

    VotersModel voters;
    QAbstractItemModelTester votersTester(&voters, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto roll = ElectionService(m_temp->db()).proposedVoters(m_user, br1, QDate(2024, 9, 1));
    QVERIFY(roll.ok());
    voters.setVoters(*roll, {{br1, QStringLiteral("BR1")}}, {VoterExclusion{m_liu, ExclusionReason::Abroad, {}}});
    QCOMPARE(voters.rowCount(), 8);
    QCOMPARE(voters.eligibleCount(), 7);
    QCOMPARE(voters.index(0, VotersModel::OrganizationColumn).data().toString(), QStringLiteral("BR1"));
    QCOMPARE(voters.index(0, VotersModel::NameColumn).data().toString(), QStringLiteral("刘洋")); // by name
    QVERIFY(voters.index(0, VotersModel::ExcludedColumn).data(VotersModel::ExcludedRole).toBool());
    QVERIFY(voters.setData(voters.index(1, VotersModel::ExcludedColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(voters.eligibleCount(), 6);
    QVERIFY(voters.setData(voters.index(1, VotersModel::ReasonColumn), int(ExclusionReason::PartyProbation)));
    QCOMPARE(voters.index(1, VotersModel::ReasonColumn).data().toString(),
             QStringLiteral("Under probation within the Party"));
    QCOMPARE(voters.exclusions().size(), 2);
}

void TestElections::verdictFollowsTheForm()
{
    const qint64 br1 = org(QStringLiteral("BR1"));
    ElectionsWidget widget(m_temp->db());
    widget.showOrganization(br1);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy changed(&widget, &ElectionsWidget::electionsChanged);
    auto* newButton = child<QPushButton>(&widget, "newElectionButton");
    QVERIFY(newButton && newButton->isEnabled());
    QVERIFY(child<QLabel>(&widget, "termStatusLabel")->text().contains(QStringLiteral("establishment")));
    QTest::mouseClick(newButton, Qt::LeftButton);
    ElectionDialog* dialog = widget.openElectionDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!newButton->isEnabled()); // one dialog at a time

    auto* heldOn = child<QLineEdit>(dialog, "heldOnEdit");
    auto* seats = child<QSpinBox>(dialog, "seatsSpin");
    auto* eligible = child<QSpinBox>(dialog, "eligibleSpin");
    auto* present = child<QSpinBox>(dialog, "presentSpin");
    auto* issued = child<QSpinBox>(dialog, "ballotsIssuedSpin");
    auto* returned = child<QSpinBox>(dialog, "ballotsReturnedSpin");
    auto* termYears = child<QSpinBox>(dialog, "termYearsSpin");
    auto* verdict = child<QLabel>(dialog, "verdictLabel");
    auto* candidatesView = child<QTableView>(dialog, "candidatesView");
    auto* votersView = child<QTableView>(dialog, "votersView");
    auto* memberCombo = child<QComboBox>(dialog, "candidateMemberCombo");
    auto* positionCombo = child<QComboBox>(dialog, "candidatePositionCombo");
    auto* add = child<QPushButton>(dialog, "addCandidateButton");
    auto* reasonCombo = child<QComboBox>(dialog, "exclusionReasonCombo");
    auto* exclude = child<QPushButton>(dialog, "excludeButton");
    auto* presentError = child<QLabel>(dialog, "presentError");
    auto* heldOnError = child<QLabel>(dialog, "heldOnError");
    QVERIFY(heldOn && seats && eligible && present && issued && returned && termYears && verdict && candidatesView &&
            votersView && memberCombo && positionCombo && add && reasonCombo && exclude && presentError && heldOnError);
    QCOMPARE(heldOn->text(), QStringLiteral("2026-11-21"));
    QCOMPARE(termYears->value(), 3); // a branch of an organ

    // The date: a typo is said at once; the roll of that day fills the voters.
    typeInto(heldOn, QStringLiteral("2024-13-01"));
    QVERIFY(heldOnError->text().contains(QStringLiteral("not a date")));
    typeInto(heldOn, QStringLiteral("2024-09-01"));
    QVERIFY(heldOnError->text().isEmpty());
    QCOMPARE(votersView->model()->rowCount(), 8);
    QCOMPARE(eligible->value(), 8);
    QCOMPARE(memberCombo->count(), 8);

    // 刘洋 is abroad: left out, the eligible count follows.
    int liuRow = -1;
    for (int row = 0; row < votersView->model()->rowCount(); ++row) {
        if (votersView->model()->index(row, 0).data(VotersModel::MemberIdRole).toLongLong() == m_liu) {
            liuRow = row;
        }
    }
    QVERIFY(liuRow >= 0);
    votersView->selectRow(liuRow);
    reasonCombo->setCurrentIndex(reasonCombo->findData(int(ExclusionReason::Abroad)));
    QTest::mouseClick(exclude, Qt::LeftButton);
    QCOMPARE(eligible->value(), 7);
    QVERIFY(child<QLabel>(dialog, "votersSummaryLabel")->text().contains(QStringLiteral("7 eligible")));

    typeNumber(seats, 3);
    typeNumber(present, 7);
    typeNumber(issued, 7);
    typeNumber(returned, 7);
    QVERIFY2(verdict->text().contains(QStringLiteral("no candidates")), qPrintable(verdict->text()));

    // Three candidates for three seats are too few.
    auto addCandidate = [&](qint64 id, PostKind kind) {
        memberCombo->setCurrentIndex(memberCombo->findData(id));
        positionCombo->setCurrentIndex(positionCombo->findData(int(kind)));
        QTest::mouseClick(add, Qt::LeftButton);
    };
    addCandidate(m_zhang, PostKind::Secretary);
    addCandidate(m_li, PostKind::OrganizationMember);
    addCandidate(m_extra.at(0), PostKind::CommitteeMember);
    QCOMPARE(candidatesView->model()->rowCount(), 3);
    QVERIFY2(verdict->text().contains(QStringLiteral("3 candidates for 3 seats")), qPrintable(verdict->text()));
    addCandidate(m_extra.at(1), PostKind::CommitteeMember);
    QVERIFY2(verdict->text().contains(QStringLiteral("0 of 3 seats")), qPrintable(verdict->text()));

    // The votes, typed into the table: valid, the Elected column follows.
    typeVotes(candidatesView, 0, 7);
    typeVotes(candidatesView, 1, 6);
    typeVotes(candidatesView, 2, 5);
    typeVotes(candidatesView, 3, 2);
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Verdict: valid")), qPrintable(verdict->text()));
    auto elected = [&](int row) {
        return candidatesView->model()->index(row, CandidatesModel::ElectedColumn).data().toString();
    };
    QCOMPARE(elected(0), QStringLiteral("Yes"));
    QCOMPARE(elected(2), QStringLiteral("Yes"));
    QCOMPARE(elected(3), QString());
    // 4 votes of 7 present is more than half; exactly half of 8 would not be: base = present.
    typeVotes(candidatesView, 2, 3);
    QVERIFY(verdict->text().contains(QStringLiteral("Not elected by more than half")));
    QCOMPARE(elected(0), QString()); // an invalid election elects nobody
    typeVotes(candidatesView, 2, 5);
    // More present than eligible is refused next to the field; fewer than 4/5 fails the quorum.
    typeNumber(present, 8);
    QVERIFY(!presentError->text().isEmpty());
    typeNumber(present, 5);
    QVERIFY(presentError->text().isEmpty());
    QVERIFY(verdict->text().contains(QStringLiteral("Quorum not reached")));
    typeNumber(present, 7);
    // One ballot more returned than issued voids the round.
    typeNumber(returned, 8);
    QVERIFY(verdict->text().contains(QStringLiteral("8 ballots returned but 7 issued")));
    typeNumber(returned, 7);
    QVERIFY(verdict->text().startsWith(QStringLiteral("Verdict: valid")));

    clickSave(*dialog);
    QTRY_VERIFY(!widget.openElectionDialog());
    QCOMPARE(changed.count(), 1);

    auto recorded = ElectionService(m_temp->db()).find(m_user, br1, QDate(2024, 9, 1));
    QVERIFY(recorded.ok() && recorded.value());
    const Election& e = *recorded.value();
    QVERIFY(e.valid());
    QCOMPARE(e.eligible, 7);
    QCOMPARE(e.present, 7);
    QCOMPARE(e.termYears, 3);
    QCOMPARE(e.exclusions.size(), 1);
    QCOMPARE(e.exclusions.constFirst().memberId, m_liu);
    QCOMPARE(e.exclusions.constFirst().reason, ExclusionReason::Abroad);
    QCOMPARE(e.candidates.size(), 4);
    QCOMPARE(e.candidates.at(2).votes, 5);
    QVERIFY(e.candidates.at(2).elected);
    // The page shows it, the committee it set and the next due date.
    QCOMPARE(widget.model()->rowCount(), 1);
    QCOMPARE(widget.model()->index(0, ElectionsModel::VerdictColumn).data().toString(), QStringLiteral("Valid"));
    QCOMPARE(widget.committeeModel()->rowCount(), 3);
    QVERIFY(child<QLabel>(&widget, "termStatusLabel")->text().contains(QStringLiteral("2027-09-01")));
    const auto posts = PostService(m_temp->db()).postsOf(m_user, br1);
    QVERIFY(std::any_of(posts->cbegin(), posts->cend(), [this](const Post& p) {
        return p.memberId == m_extra.at(0) && p.kind == PostKind::CommitteeMember && p.from == QDate(2024, 9, 1);
    }));
}

void TestElections::recordsRefusedOnSaveStayOpen()
{
    const qint64 br1 = org(QStringLiteral("BR1"));
    QVERIFY(recordBr1(QDate(2024, 9, 1)) != 0);
    ElectionDialog dialog(m_temp->db());
    QVERIFY(dialog.startNew(br1));
    dialog.show();
    typeInto(child<QLineEdit>(&dialog, "heldOnEdit"), QStringLiteral("2024-09-01"));
    typeNumber(child<QSpinBox>(&dialog, "seatsSpin"), 1);
    typeNumber(child<QSpinBox>(&dialog, "presentSpin"), 8);
    typeNumber(child<QSpinBox>(&dialog, "ballotsIssuedSpin"), 8);
    typeNumber(child<QSpinBox>(&dialog, "ballotsReturnedSpin"), 8);
    QCOMPARE(dialog.addCandidate(m_zhang, PostKind::Secretary), 0);
    QCOMPARE(dialog.addCandidate(m_zhang, PostKind::Secretary), -1); // already a candidate
    QCOMPARE(dialog.addCandidate(member(QStringLiteral("31010419900101213X")), PostKind::Secretary),
             -1); // not a full member of BR1
    typeVotes(child<QTableView>(&dialog, "candidatesView"), 0, 8);
    QVERIFY(dialog.verdict().valid());
    // Only the records know that BR1 already has an election that day.
    auto* heldOnError = child<QLabel>(&dialog, "heldOnError");
    QVERIFY(heldOnError->text().isEmpty());
    clickSave(dialog);
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(heldOnError->text().contains(QStringLiteral("already recorded")), qPrintable(heldOnError->text()));
    QCOMPARE(ElectionService(m_temp->db()).electionsOf(m_user, br1)->size(), 1);
    typeInto(child<QLineEdit>(&dialog, "heldOnEdit"), QStringLiteral("2025-01-10"));
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.electionId() != 0);
    QCOMPARE(ElectionService(m_temp->db()).electionsOf(m_user, br1)->size(), 2);
}

void TestElections::correctAndDelete()
{
    const qint64 br1 = org(QStringLiteral("BR1"));
    const qint64 id = recordBr1(QDate(2024, 9, 1));
    QVERIFY(id != 0);
    ElectionsWidget widget(m_temp->db());
    widget.showOrganization(br1);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto* edit = child<QPushButton>(&widget, "editElectionButton");
    auto* remove = child<QPushButton>(&widget, "deleteElectionButton");
    QVERIFY(edit && remove);
    QVERIFY(!edit->isEnabled());
    widget.view()->selectRow(0);
    QVERIFY(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    ElectionDialog* dialog = widget.openElectionDialog();
    QVERIFY(dialog);
    QCOMPARE(child<QSpinBox>(dialog, "seatsSpin")->value(), 3);
    QCOMPARE(child<QSpinBox>(dialog, "eligibleSpin")->value(), 8);
    QCOMPARE(child<QLineEdit>(dialog, "heldOnEdit")->text(), QStringLiteral("2024-09-01"));
    auto* view = child<QTableView>(dialog, "candidatesView");
    QCOMPARE(view->model()->rowCount(), 4);
    QCOMPARE(view->model()->index(2, CandidatesModel::ElectedColumn).data().toString(), QStringLiteral("Yes"));
    // Corrected: M1 had 6 votes and M0 2.
    typeVotes(view, 2, 2);
    typeVotes(view, 3, 6);
    QCOMPARE(view->model()->index(3, CandidatesModel::ElectedColumn).data().toString(), QStringLiteral("Yes"));
    child<QLineEdit>(dialog, "approvalDocumentEdit")
        ->insert(QStringLiteral("组发〔2024〕12号")); // QTest types ASCII only
    clickSave(*dialog);
    QTRY_VERIFY(!widget.openElectionDialog());
    auto posts = *PostService(m_temp->db()).postsOf(m_user, br1);
    auto holds = [&posts](qint64 memberId) {
        return std::any_of(posts.cbegin(), posts.cend(), [memberId](const Post& p) {
            return p.memberId == memberId && p.kind == PostKind::CommitteeMember;
        });
    };
    QVERIFY(holds(m_extra.at(1)));
    QVERIFY(!holds(m_extra.at(0)));
    QCOMPARE(ElectionService(m_temp->db()).findById(m_user, id).value()->approvalDocument,
             QStringLiteral("组发〔2024〕12号"));

    // Delete: a "no" keeps it, a "yes" deletes it and undoes its posts.
    widget.view()->selectRow(0);
    Dialogs::answerQuestions({false});
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(widget.model()->rowCount(), 1);
    widget.view()->selectRow(0);
    Dialogs::answerQuestions({true});
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(widget.model()->rowCount(), 0);
    QVERIFY(!ElectionService(m_temp->db()).findById(m_user, id).value());
    posts = *PostService(m_temp->db()).postsOf(m_user, br1);
    QVERIFY(!holds(m_extra.at(1)));
    QVERIFY(Dialogs::shownMessages().constLast().contains(QStringLiteral("2024-09-01")));
}

void TestElections::postponeTheTerm()
{
    const qint64 br1 = org(QStringLiteral("BR1"));
    QVERIFY(recordBr1(QDate(2023, 12, 1)) != 0); // expires 2026-12-01, ten days from today
    ElectionsWidget widget(m_temp->db());
    widget.showOrganization(br1);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto* status = child<QLabel>(&widget, "termStatusLabel");
    QVERIFY2(status->text().contains(QStringLiteral("due in 10 day(s)")), qPrintable(status->text()));
    QTest::mouseClick(child<QPushButton>(&widget, "postponeButton"), Qt::LeftButton);
    PostponementDialog* dialog = widget.openPostponementDialog();
    QVERIFY(dialog);
    auto* due = child<QLineEdit>(dialog, "dueOnEdit");
    auto* dueError = child<QLabel>(dialog, "dueOnError");
    QVERIFY(child<QLabel>(dialog, "termLabel")->text().contains(QStringLiteral("2027-12-01")));
    typeInto(due, QStringLiteral("2027-12-02")); // more than a year
    QVERIFY(!dueError->text().isEmpty());
    clickSave(*dialog);
    QVERIFY(widget.openPostponementDialog());
    typeInto(due, QStringLiteral("2027-06-01"));
    QVERIFY(dueError->text().isEmpty());
    child<QLineEdit>(dialog, "documentEdit")->insert(QStringLiteral("组复〔2026〕3号"));
    clickSave(*dialog);
    QTRY_VERIFY(!widget.openPostponementDialog());
    QVERIFY2(status->text().contains(QStringLiteral("2027-06-01")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("Postponed")));
    auto postponements = ElectionService(m_temp->db()).postponementsOf(m_user, br1);
    QCOMPARE(postponements->size(), 1);
    QCOMPARE(postponements->constFirst().document, QStringLiteral("组复〔2026〕3号"));
    QCOMPARE(postponements->constFirst().approvedOn, QDate(2026, 11, 21));
}

void TestElections::onlyGrassrootsOrganizationsElect()
{
    ElectionsWidget widget(m_temp->db());
    for (const char* code : {"GRP1", "CITY", "TMP1"}) {
        widget.showOrganization(org(QLatin1String(code)));
        QVERIFY2(!child<QPushButton>(&widget, "newElectionButton")->isEnabled(), code);
        QVERIFY(!widget.newElection());
        QVERIFY(!child<QPushButton>(&widget, "postponeButton")->isEnabled());
    }
    widget.showOrganization(org(QStringLiteral("CITY")));
    QVERIFY(child<QLabel>(&widget, "termStatusLabel")->text().contains(QStringLiteral("no elected term")));
    widget.showOrganization(org(QStringLiteral("COM1")));
    QVERIFY(child<QPushButton>(&widget, "newElectionButton")->isEnabled());
    // A committee's voters are the full members of its whole subtree.
    ElectionDialog* dialog = widget.newElection();
    QVERIFY(dialog);
    QCOMPARE(child<QTableView>(dialog, "votersView")->model()->rowCount(), 8);
    QCOMPARE(child<QSpinBox>(dialog, "termYearsSpin")->value(), 5);
    // A by-election has no term.
    auto* kind = child<QComboBox>(dialog, "kindCombo");
    kind->setCurrentIndex(kind->findData(int(ElectionKind::ByElection)));
    QVERIFY(!child<QSpinBox>(dialog, "termYearsSpin")->isEnabled());
    QCOMPARE(dialog->election().termYears, 0);
    dialog->reject();
    QTRY_VERIFY(!widget.openElectionDialog());
    widget.showOrganization(0);
    QVERIFY(!child<QPushButton>(&widget, "newElectionButton")->isEnabled());
}

void TestElections::settingsDialogRecomputes()
{
    // 7 of 8 present; M0 has 4 votes: more than half of those present, not of the eligible.
    const qint64 id = recordBr1(QDate(2024, 9, 1), 7, 4);
    QVERIFY(id != 0);
    QVERIFY(ElectionService(m_temp->db()).findById(m_user, id).value()->valid());
    ElectionSettingsDialog dialog(m_temp->db());
    QVERIFY(dialog.load());
    dialog.show();
    auto* base = child<QComboBox>(&dialog, "thresholdBaseCombo");
    QCOMPARE(base->currentData().toInt(), int(ElectionSettings::ThresholdBase::Present));
    QCOMPARE(child<QSpinBox>(&dialog, "branchTermSpin")->value(), 3);
    QCOMPARE(child<QSpinBox>(&dialog, "reminderMonthsSpin")->value(), 6);
    base->setCurrentIndex(base->findData(int(ElectionSettings::ThresholdBase::Eligible)));
    typeNumber(child<QSpinBox>(&dialog, "reminderMonthsSpin"), 3);
    QSignalSpy saved(&dialog, &ElectionSettingsDialog::settingsSaved);
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saved.count(), 1);
    auto settings = ElectionService(m_temp->db()).settings(m_user);
    QCOMPARE(settings->thresholdBase, ElectionSettings::ThresholdBase::Eligible);
    QCOMPARE(settings->reminderMonths, 3);
    QCOMPARE(ElectionService(m_temp->db()).findById(m_user, id).value()->firstFailure(), ElectionRule::Threshold);
    QTest::mouseClick(child<QPushButton>(&dialog, "restoreDefaultsButton"), Qt::LeftButton);
    QCOMPARE(dialog.settings(), ElectionSettings());
}

QTEST_MAIN(TestElections)
#include "tst_elections.moc"
