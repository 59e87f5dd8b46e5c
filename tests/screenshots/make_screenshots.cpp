// Regenerates the screenshots of docs/user-guide.md: opens the real windows on a generated
// demo database (the data of the GUI's first run), in Chinese, and saves each with
// QWidget::grab(). Run by docs/screenshots/make-screenshots.sh under QT_QPA_PLATFORM=offscreen;
// not a test.
//
//   make_screenshots OUTPUT_FOLDER
//
// Everything lives in a temporary folder (database, settings); the clock is pinned so that the
// same build draws the same images. Exits 1 (with the reason on stderr) when a window did not
// reach the state its picture should show.

#include "Fixtures.h"
#include "core/Clock.h"
#include "core/Language.h"
#include "core/Settings.h"
#include "core/UserContext.h"
#include "gui/access/LoginDialog.h"
#include "gui/audit/AuditModel.h"
#include "gui/audit/AuditViewer.h"
#include "gui/common/Dialogs.h"
#include "gui/common/OrganizationPicker.h"
#include "gui/development/ApplicantDialog.h"
#include "gui/development/PipelineWidget.h"
#include "gui/importexport/ExportDialog.h"
#include "gui/importexport/ImportDialog.h"
#include "gui/main/MainWindow.h"
#include "gui/main/StartupDatabase.h"
#include "gui/members/MemberEditDialog.h"
#include "gui/members/MemberHistoryModel.h"
#include "gui/members/MemberHistoryWidget.h"
#include "gui/members/MembershipEventDialog.h"
#include "gui/members/RosterModel.h"
#include "gui/members/RosterWidget.h"
#include "gui/organizations/OrganizationEditDialog.h"
#include "gui/organizations/OrganizationTreeModel.h"
#include "gui/organizations/OrganizationTreeWidget.h"
#include "services/AccessService.h"
#include "services/DataGenerator.h"
#include "services/DevelopmentService.h"
#include "services/ImportService.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "services/PostService.h"
#include "services/RosterService.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDir>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

namespace {

// The date the pictures are taken on (the demo's history runs up to it).
const QDate Today(2026, 11, 21);
constexpr int WaitMs = 20000;

QString g_output;
int g_failures = 0;

void fail(const QString& what)
{
    std::fprintf(stderr, "make_screenshots: %s\n", qPrintable(what));
    ++g_failures;
}

// Processes events until the condition holds; false after WaitMs.
bool waitFor(const std::function<bool()>& condition, const QString& what)
{
    QDeadlineTimer deadline(WaitMs);
    while (!condition()) {
        if (deadline.hasExpired()) {
            fail(QStringLiteral("timed out waiting for %1").arg(what));
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(10);
    }
    return true;
}

// Lets timers, queued calls and layouts settle (search and picker delays are 250-300 ms).
void settle(int ms = 400)
{
    QTest::qWait(ms);
    QCoreApplication::processEvents();
}

// The guide's images stay small: a picture over this many bytes as full-colour PNG is written
// with a palette of its 256 most common colours (a window has few colours besides the shades
// of anti-aliased text, so this is hard to tell from the original).
constexpr qsizetype MaxPngBytes = 180 * 1024;

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 9);
    return bytes;
}

QImage withPalette(const QImage& image)
{
    // Popularity by cells of 16 levels per channel, each cell represented by its most common
    // colour: the shades of text and the few pixels of icons both keep a colour of their own.
    struct Cell
    {
        int key = 0;
        qint64 pixels = 0;
        QHash<QRgb, qint64> colours;
    };
    QHash<int, Cell> cells;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = line[x];
            const int key = (qRed(c) >> 4) << 8 | (qGreen(c) >> 4) << 4 | (qBlue(c) >> 4);
            Cell& cell = cells[key];
            cell.key = key;
            ++cell.pixels;
            ++cell.colours[c];
        }
    }
    QList<const Cell*> ranked;
    for (const Cell& cell : std::as_const(cells)) {
        ranked.append(&cell);
    }
    // Ties broken by the cell, not by the hash's (random) order: the same window gives the same file.
    std::sort(ranked.begin(), ranked.end(), [](const Cell* a, const Cell* b) {
        return a->pixels != b->pixels ? a->pixels > b->pixels : a->key < b->key;
    });
    QList<QRgb> palette;
    for (const Cell* cell : std::as_const(ranked)) {
        if (palette.size() == 256) {
            break;
        }
        QRgb best = 0;
        qint64 most = -1;
        for (auto it = cell->colours.cbegin(); it != cell->colours.cend(); ++it) {
            if (it.value() > most || (it.value() == most && it.key() < best)) {
                best = it.key();
                most = it.value();
            }
        }
        palette.append(best);
    }
    return image.convertToFormat(QImage::Format_Indexed8, palette, Qt::ThresholdDither);
}

void save(QWidget* widget, const QString& name)
{
    settle(200);
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QByteArray bytes = png(image);
    if (bytes.size() > MaxPngBytes) {
        bytes = png(withPalette(image));
    }
    const QString path = QDir(g_output).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(QStringLiteral("cannot write %1").arg(path));
        return;
    }
    std::printf("%s %dx%d, %lld KB\n", qPrintable(path), image.width(), image.height(),
                static_cast<long long>(bytes.size() / 1024));
}

void showAndWait(QWidget* widget)
{
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget)) {
        fail(QStringLiteral("%1 was not shown").arg(widget->objectName()));
    }
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found) {
        fail(QStringLiteral("no %1 in %2").arg(QLatin1String(name), parent->objectName()));
    }
    return found;
}

void setText(QWidget* parent, const char* name, const QString& text)
{
    if (auto* edit = child<QLineEdit>(parent, name)) {
        edit->setText(text);
    }
}

// A branch to show: among the first branches (in tree order) of a typical size with a
// secretary, the one whose member has the longest history, so that every panel has something
// to show; the next such branch is the target of the move.
struct Choice
{
    qint64 branch = 0;
    qint64 member = 0;
    qint64 otherBranch = 0;
    qint64 topOrganization = 0;
};

std::optional<Choice> choose(Database& db, OrganizationTreeModel* tree)
{
    const UserContext user = UserContext::localUser();
    MemberService members(db);
    PostService posts(db);
    RosterService roster(db);
    Choice choice;
    QList<qint64> branches;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < tree->rowCount(parent); ++row) {
            const QModelIndex index = tree->index(row, 0, parent);
            if (choice.topOrganization == 0) {
                choice.topOrganization = index.data(OrganizationTreeModel::OrgIdRole).toLongLong();
            }
            const qint64 own = index.data(OrganizationTreeModel::OwnCountRole).toLongLong();
            if (index.data(OrganizationTreeModel::TypeRole).toInt() == int(OrgType::Branch) && own >= 15 && own <= 40) {
                branches.append(index.data(OrganizationTreeModel::OrgIdRole).toLongLong());
            }
            walk(index);
        }
    };
    walk({});
    constexpr int Candidates = 8;
    QList<qint64> withSecretary;
    qsizetype longest = 0;
    for (const qint64 branch : std::as_const(branches)) {
        const auto held = posts.postsOf(user, branch);
        const bool hasSecretary = held.ok() && std::any_of(held->cbegin(), held->cend(), [](const Post& p) {
                                      return p.kind == PostKind::Secretary && !p.to.isValid();
                                  });
        if (!hasSecretary) {
            continue;
        }
        withSecretary.append(branch);
        RosterQuery query;
        query.orgIds = {branch};
        const auto ids = roster.orderedIds(user, query);
        for (const qint64 id : ids.ok() ? *ids : QList<qint64>()) {
            const auto history = members.history(user, id);
            if (history.ok() && history->size() > longest) {
                longest = history->size();
                choice.branch = branch;
                choice.member = id;
            }
        }
        if (withSecretary.size() == Candidates) {
            break;
        }
    }
    for (const qint64 branch : std::as_const(withSecretary)) {
        if (branch != choice.branch) {
            choice.otherBranch = branch;
            break;
        }
    }
    if (choice.member == 0 || choice.otherBranch == 0) {
        return std::nullopt;
    }
    return choice;
}

int rowOf(RosterModel* roster, qint64 memberId)
{
    for (int row = 0; row < roster->rowCount(); ++row) {
        if (roster->memberId(row) == memberId) {
            return row;
        }
    }
    return -1;
}

void mainWindowShots(const std::shared_ptr<Database>& db)
{
    MainWindow window(db);
    showAndWait(&window);
    auto* tree = window.findChild<OrganizationTreeWidget*>();
    auto* rosterWidget = window.findChild<RosterWidget*>();
    auto* history = window.findChild<MemberHistoryWidget*>();
    auto* summary = child<QLabel>(&window, "summaryLabel");
    if (!tree || !rosterWidget || !history || !summary) {
        fail(QStringLiteral("the main window lacks its panels"));
        return;
    }
    RosterModel* roster = rosterWidget->model();
    // The tree's default width elides the long Chinese names of branches ("宝沟镇龙山村第二党
    // 支部"); the pictures show it dragged wider, as a user does.
    if (auto* splitter = child<QSplitter>(&window, "mainSplitter")) {
        splitter->setSizes({340, window.width() - 340});
    }
    // The history panel's rows are tall: give it room for a long history.
    if (auto* splitter = child<QSplitter>(&window, "rosterSplitter")) {
        const int total = splitter->height();
        splitter->setSizes({total - 330, 330});
    }
    const QString counting = MainWindow::tr("Counting…");
    waitFor([&] { return !tree->model()->countsPending(); }, QStringLiteral("the tree's counts"));
    waitFor([&] { return summary->text() != counting && !summary->text().isEmpty(); },
            QStringLiteral("the status bar's counts"));

    const auto chosen = choose(*db, tree->model());
    if (!chosen) {
        fail(QStringLiteral("no two branches of 15 to 40 members with a secretary"));
        return;
    }
    const Choice choice = *chosen;

    // 1. A branch in the tree, one of its members in the roster, their history below.
    tree->selectOrganization(choice.branch);
    waitFor([&] { return !roster->isCounting() && roster->rowCount() > 0; }, QStringLiteral("the branch's roll"));
    const int row = rowOf(roster, choice.member);
    if (row < 0) {
        fail(QStringLiteral("the chosen member is not in the branch's roster"));
        return;
    }
    rosterWidget->view()->setFocus();
    rosterWidget->view()->setCurrentIndex(roster->index(row, RosterModel::NameColumn));
    waitFor([&] { return history->memberId() == choice.member && history->historyModel()->rowCount() > 0; },
            QStringLiteral("the member's history"));
    save(&window, QStringLiteral("main-window.png"));

    // 4. The event form over the main window, opened by the history panel's own action.
    if (MembershipEventDialog* dialog = history->recordEvent(EventKind::Moved)) {
        waitFor([&] { return dialog->isVisible(); }, QStringLiteral("the event form"));
        if (auto* picker = child<OrganizationPicker>(dialog, "organizationPicker")) {
            settle(); // the picker lists the organizations of the event's date after a pause
            picker->setOrganizationId(choice.otherBranch);
        }
        setText(dialog, "noteEdit", QStringLiteral("工作岗位调整"));
        // The picture shows a move that can be recorded: the replay accepted it.
        auto* buttons = child<QDialogButtonBox>(dialog, "buttonBox");
        waitFor([&] { return buttons && buttons->button(QDialogButtonBox::Ok)->isEnabled(); },
                QStringLiteral("the move to be accepted"));
        save(dialog, QStringLiteral("member-event.png"));
        dialog->close();
    } else {
        fail(QStringLiteral("the member cannot be moved"));
    }

    // 2. The roll of the first top-level organization searched by a surname.
    tree->selectOrganization(choice.topOrganization);
    waitFor([&] { return !roster->isCounting(); }, QStringLiteral("the whole roll"));
    QLineEdit* search = rosterWidget->searchEdit();
    search->setFocus();
    search->setText(QStringLiteral("王"));
    QTest::keyClick(search, Qt::Key_Return);
    waitFor([&] { return roster->searchText() == QStringLiteral("王") && !roster->isCounting(); },
            QStringLiteral("the search"));
    waitFor([&] { return roster->rowCount() > 0; }, QStringLiteral("the search's rows"));
    rosterWidget->view()->setCurrentIndex(roster->index(0, RosterModel::NameColumn));
    search->setFocus();
    waitFor([&] { return history->historyModel()->rowCount() > 0; }, QStringLiteral("the found member's history"));
    save(&window, QStringLiteral("search.png"));

    // 5b. The posts of the branch: the window's own Organizations > Posts dialog (modal, so
    // it is grabbed from a timer while it runs).
    search->clear();
    tree->selectOrganization(choice.branch);
    waitFor([&] { return !roster->isCounting(); }, QStringLiteral("the branch's roll"));
    auto* postsAction = child<QAction>(&window, "actionOrganizationPosts");
    if (postsAction) {
        bool grabbed = false;
        QTimer poll;
        poll.setInterval(50);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            auto* dialog = window.findChild<QDialog*>(QStringLiteral("postsDialog"));
            if (!dialog || !dialog->isVisible()) {
                return;
            }
            poll.stop();
            auto* view = dialog->findChild<QTableView*>(QStringLiteral("postsView"));
            if (view) {
                waitFor([&] { return view->model()->rowCount() > 0; }, QStringLiteral("the posts"));
                view->selectRow(0);
            }
            save(dialog, QStringLiteral("posts.png"));
            grabbed = true;
            dialog->reject();
        });
        poll.start();
        QTimer::singleShot(WaitMs, &poll, [&] {
            if (auto* dialog = window.findChild<QDialog*>(QStringLiteral("postsDialog"))) {
                dialog->reject();
            }
        });
        postsAction->trigger();
        poll.stop();
        if (!grabbed) {
            fail(QStringLiteral("the posts dialog did not open"));
        }
    }

    // 3. The member editor: a new member of the branch, with a mistyped ID number.
    {
        MemberEditDialog dialog(*db, &window);
        dialog.startNew(choice.branch);
        showAndWait(&dialog);
        setText(&dialog, "nameEdit", QStringLiteral("李明"));
        auto* idNumber = child<QLineEdit>(&dialog, "idNumberEdit");
        idNumber->setFocus();
        QTest::keyClicks(idNumber, QStringLiteral("110105199003071235")); // wrong check character
        auto* error = child<QLabel>(&dialog, "idNumberError");
        waitFor([&] { return error && !error->text().isEmpty(); }, QStringLiteral("the ID number's error"));
        setText(&dialog, "admittedOnEdit", QStringLiteral("2025-07-01"));
        idNumber->setFocus();
        save(&dialog, QStringLiteral("member-editor.png"));
    }

    // 5a. The organization editor on the branch.
    {
        OrganizationEditDialog dialog(*db, &window);
        if (!dialog.startEdit(choice.branch)) {
            fail(QStringLiteral("the branch cannot be edited"));
        }
        showAndWait(&dialog);
        // The picker is narrower than "name（code）" and shows its end; show its start, as
        // a click and Home would.
        if (auto* parent = child<OrganizationPicker>(&dialog, "parentPicker")) {
            parent->lineEdit()->setCursorPosition(0);
        }
        save(&dialog, QStringLiteral("organization-editor.png"));
    }

    // 6b. The export dialog for the branch.
    {
        const auto org = OrganizationService(*db).findById(UserContext::localUser(), choice.branch);
        QString code;
        QString name;
        if (org.ok() && org->has_value()) {
            code = (*org)->code;
            name = (*org)->name;
        }
        ExportDialog dialog(*db, code, name, &window);
        setText(&dialog, "exportFileEdit", QStringLiteral("/home/secretary/党员名册.xlsx"));
        showAndWait(&dialog);
        save(&dialog, QStringLiteral("export.png"));
    }

    // 7. The development pipeline of the top organization, and its first activist in the editor.
    {
        PipelineWidget pipeline(*db);
        bool loaded = false;
        QObject::connect(&pipeline, &PipelineWidget::loaded, [&loaded] { loaded = true; });
        pipeline.resize(1100, 700);
        pipeline.showOrganization(choice.topOrganization);
        showAndWait(&pipeline);
        waitFor([&] { return loaded; }, QStringLiteral("the development pipeline"));
        save(&pipeline, QStringLiteral("development-pipeline.png"));
    }
    {
        const auto applicants =
            DevelopmentService(*db).applicantsOf(UserContext::localUser(), choice.topOrganization, false);
        qint64 activist = 0;
        for (const Applicant& a : applicants.ok() ? *applicants : QList<Applicant>()) {
            if (a.stageOn(Today) == DevelopmentStage::Activist && !a.contacts.isEmpty()) {
                activist = a.id;
                break;
            }
        }
        ApplicantDialog dialog(*db, &window);
        if (activist == 0 || !dialog.startEdit(activist)) {
            fail(QStringLiteral("no activist to show in the applicant editor"));
        } else {
            showAndWait(&dialog);
            save(&dialog, QStringLiteral("applicant-editor.png"));
        }
    }
    window.close();
}

// 6a. The import dialog after a file with mistakes: on a small database holding the
// organizations of tests/data (the file names them), so every listed problem is the row's own.
void importShot(const QString& folder)
{
    auto db = Database::open(folder + QStringLiteral("/import.db"), Database::OpenMode::CreateOrMigrate);
    if (!db.ok()) {
        fail(db.error().message());
        return;
    }
    const auto orgs = ImportService(**db).importFile(UserContext::localUser(), TableKind::Orgs,
                                                     QStringLiteral(PARTYROLL_TEST_DATA "/orgs.csv"));
    if (!orgs.ok() || !orgs->written) {
        fail(QStringLiteral("tests/data/orgs.csv did not import"));
        return;
    }
    ImportDialog dialog(**db);
    auto* kind = child<QComboBox>(&dialog, "importKindCombo");
    auto* browse = child<QPushButton>(&dialog, "importBrowseButton");
    auto* import = child<QPushButton>(&dialog, "importButton");
    auto* issues = child<QPlainTextEdit>(&dialog, "importIssuesView");
    if (!kind || !browse || !import || !issues) {
        return;
    }
    kind->setCurrentIndex(kind->findData(int(TableKind::Members)));
    // The file comes through the Browse button's (pre-answered) file dialog.
    Dialogs::answerFileDialogs({QStringLiteral(PARTYROLL_TEST_DATA "/members_bad.csv")});
    QTest::mouseClick(browse, Qt::LeftButton);
    showAndWait(&dialog);
    QTest::mouseClick(import, Qt::LeftButton);
    waitFor([&] { return issues->isVisible(); }, QStringLiteral("the list of problems"));
    // The size a user drags the dialog to in order to read the list.
    dialog.resize(960, 620);
    save(&dialog, QStringLiteral("import-errors.png"));
}

// 8. The audit trail after a few changes through the services, and the login dialog of a
// database with users (on the small database of the import shot, which is left without users).
void accessShots(const QString& folder)
{
    auto db = Database::open(folder + QStringLiteral("/access.db"), Database::OpenMode::CreateOrMigrate);
    if (!db.ok()) {
        fail(db.error().message());
        return;
    }
    const UserContext local = UserContext::localUser();
    if (!Fixtures::import(**db)) {
        fail(QStringLiteral("tests/data did not import"));
        return;
    }
    MemberService members(**db);
    auto zhang = members.findByIdNumber(local, QStringLiteral("110105198003151015"));
    if (zhang.ok() && zhang->has_value()) {
        Member m = **zhang;
        m.phone = QStringLiteral("13912345678");
        m.position = QStringLiteral("市财政局预算一科副科长");
        if (!members.update(local, m).ok()) {
            fail(QStringLiteral("the member could not be changed"));
        }
    }
    {
        AuditViewer viewer(**db, local);
        viewer.resize(1100, 560);
        showAndWait(&viewer);
        waitFor([&] { return viewer.model()->rowCount() > 0; }, QStringLiteral("the audit trail"));
        save(&viewer, QStringLiteral("audit-trail.png"));
    }
    AccessService access(**db);
    if (!access.addUser(local, QStringLiteral("admin"), Role::Administrator, 0, QStringLiteral("admin-secret")).ok()) {
        fail(QStringLiteral("no administrator"));
        return;
    }
    LoginDialog login(**db);
    showAndWait(&login);
    save(&login, QStringLiteral("login.png"));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_screenshots OUTPUT_FOLDER\n");
        return 2;
    }
    g_output = QString::fromLocal8Bit(argv[1]);
    if (!QDir().mkpath(g_output)) {
        std::fprintf(stderr, "make_screenshots: cannot create %s\n", argv[1]);
        return 1;
    }
    QTemporaryDir temp;
    if (!temp.isValid()) {
        std::fprintf(stderr, "make_screenshots: no temporary folder\n");
        return 1;
    }
    Clock::setFixedToday(Today);
    Settings::useFile(temp.filePath(QStringLiteral("settings.ini")));
    Language::install(QStringLiteral("zh"));
    Dialogs::resetForTests(); // an unexpected message box is recorded, never waited on

    // The demo database of the first run (StartupDatabase), with the date pinned.
    auto db = Database::open(temp.filePath(QStringLiteral("demo.db")), Database::OpenMode::CreateOrMigrate);
    if (!db.ok()) {
        std::fprintf(stderr, "make_screenshots: %s\n", qPrintable(db.error().message()));
        return 1;
    }
    GeneratorOptions options;
    options.members = StartupDatabase::DemoMembers;
    options.years = 10;
    options.seed = 1;
    options.today = Today;
    if (auto generated = DataGenerator(**db).generate(UserContext::localUser(), options); !generated.ok()) {
        std::fprintf(stderr, "make_screenshots: %s\n", qPrintable(generated.error().message()));
        return 1;
    }

    mainWindowShots(*db);
    importShot(temp.path());
    accessShots(temp.path());
    for (const QString& message : Dialogs::shownMessages()) {
        fail(QStringLiteral("unexpected message: %1").arg(message));
    }
    return g_failures == 0 ? 0 : 1;
}
