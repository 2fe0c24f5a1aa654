#include <gtest/gtest.h>

#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "MovedClock.h"
#include "RowVersion.h"
#include "Signer.h"
#include "TestFiles.h"
#include "domain/PolicyFingerprint.h"
#include "services/CopyVerifier.h"
#include "services/PolicyService.h"
#include "services/SectionEditor.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"

using namespace isms::core;
using isms::test::TestFiles;

namespace {
using Kind = CopyVerifier::Verdict::Kind;
}

TEST(CopyVerifier, CurrentSupersededAndAlteredCopies) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("v.sqlite")));
    const PolicyRepository repository(*db);
    const qint64 v20 = repository.find(QStringLiteral("ISMS-01-01")).id;
    PolicyService service(*db);
    const QString f20 = service.fingerprint(v20);
    const CopyVerifier verifier(*db);
    EXPECT_EQ(verifier.verifyFingerprint(f20).kind, Kind::Current);
    EXPECT_EQ(verifier.verifyFingerprint(PolicyFingerprint::shortForm(f20)).kind, Kind::Current);
    EXPECT_EQ(verifier.verifyFingerprint(PolicyFingerprint::shortForm(f20).toUpper()).kind,
              Kind::Current);

    // An altered copy: one character changed gives a fingerprint nobody has.
    PolicyContent altered = repository.load(v20);
    altered.sections[0].paragraphs[0].replace(QStringLiteral("機密性"), QStringLiteral("機秘性"));
    EXPECT_EQ(verifier.verifyFingerprint(PolicyFingerprint::of(altered)).kind, Kind::Unknown);

    // 2.1 approved and published to take effect in two weeks: until that day 2.0 is current and
    // a 2.1 copy is approved and scheduled (not "not valid"); from that day on the reverse.
    isms::test::MovedClock clock;
    const QDate effective = Clock::today().addDays(14);
    const qint64 v21 = service.newVersion(v20, QStringLiteral("2.1"), QStringLiteral("修訂"));
    SectionEditor editor(*db, v21);
    EXPECT_EQ(verifier.verifyFingerprint(service.fingerprint(v21)).kind, Kind::NotInForce);
    editor.setTitleBlock(editor.treeVersion(),
                         {QStringLiteral("政策"), Classification::Internal, effective, QString()});
    service.submitForReview(v21,
                            isms::test::rowVersion(*db, QStringLiteral("document_versions"), v21));
    const QString password = isms::test::signIn(*db, QStringLiteral("chief"),
                                                QStringLiteral("王局長"), UserRole::Administrator);
    service.approve(v21, isms::test::rowVersion(*db, QStringLiteral("document_versions"), v21),
                    PolicyService(*db).fingerprint(v21), QStringLiteral("局長"), password);
    const auto approved = verifier.verifyFingerprint(service.fingerprint(v21));
    EXPECT_EQ(approved.kind, Kind::Scheduled);
    EXPECT_EQ(approved.since, effective);
    service.publish(v21, isms::test::rowVersion(*db, QStringLiteral("document_versions"), v21));
    clock.moveTo(effective.addDays(-1));
    const auto scheduled = verifier.verifyFingerprint(service.fingerprint(v21));
    EXPECT_EQ(scheduled.kind, Kind::Scheduled);
    EXPECT_EQ(scheduled.currentVersion, QStringLiteral("2.0"));
    EXPECT_TRUE(scheduled.message().contains(QStringLiteral("until then version 2.0 is current")));
    EXPECT_EQ(verifier.verifyFingerprint(f20).kind, Kind::Current);

    clock.moveTo(effective);
    const auto old = verifier.verifyFingerprint(f20);
    EXPECT_EQ(old.kind, Kind::Superseded);
    EXPECT_EQ(old.currentVersion, QStringLiteral("2.1"));
    EXPECT_EQ(old.successor, QStringLiteral("2.1"));
    EXPECT_EQ(old.since, effective);
    EXPECT_TRUE(old.message().contains(QStringLiteral("superseded by version 2.1 on")));
    EXPECT_EQ(verifier.verifyFingerprint(service.fingerprint(v21)).kind, Kind::Current);

    EXPECT_EQ(isms::test::errorOf(
                  [&] { verifier.verifyFingerprint(QStringLiteral("not a fingerprint")); }),
              Error::Kind::Invalid);
    const QString text = files.write(QStringLiteral("x.pdf"), "%PDF-1.4 nothing of ours");
    EXPECT_EQ(isms::test::errorOf([&] { verifier.verifyFile(text); }), Error::Kind::Invalid);
}
