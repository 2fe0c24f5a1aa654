<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <source>%n action item(s) carry the status “overdue”, which the program never stores (overdue follows from the due date): they were changed outside the program.</source>
        <translation>
            <numerusform>%n action item carries the status “overdue”, which the program never stores (overdue follows from the due date): it was changed outside the program.</numerusform>
            <numerusform>%n action items carry the status “overdue”, which the program never stores (overdue follows from the due date): they were changed outside the program.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s) that differ from the audit trail.</source>
        <translation>
            <numerusform>… and %n more record that differs from the audit trail.</numerusform>
            <numerusform>… and %n more records that differ from the audit trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: its %n entries chain on one from another.</source>
        <translation>
            <numerusform>Audit trail: its one entry is intact.</numerusform>
            <numerusform>Audit trail: its %n entries chain on one from another.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message numerus="yes">
        <source>Audit trail intact: %n entries.</source>
        <translation>
            <numerusform>Audit trail intact: %n entry.</numerusform>
            <numerusform>Audit trail intact: %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournaledText</name>
    <message numerus="yes">
        <source>%n character(s) no font has, printed as �: %1.</source>
        <translation>
            <numerusform>%n character no font has, printed as �: %1.</numerusform>
            <numerusform>%n characters no font has, printed as �: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingBrief</name>
    <message numerus="yes">
        <source>Open findings: %n</source>
        <translation>
            <numerusform>Open findings: %n</numerusform>
            <numerusform>Open findings: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue actions on %1: %n</source>
        <translation>
            <numerusform>Overdue actions on %1: %n</numerusform>
            <numerusform>Overdue actions on %1: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objective %1, %2: %3 (period ending %4), %n measurement(s) this year</source>
        <translation>
            <numerusform>Objective %1, %2: %3 (period ending %4), %n measurement this year</numerusform>
            <numerusform>Objective %1, %2: %3 (period ending %4), %n measurements this year</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message numerus="yes">
        <source>Wrote %1 version %2 to %3 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 version %2 to %3 (%n page).</numerusform>
            <numerusform>Wrote %1 version %2 to %3 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message numerus="yes">
        <source>The version of %1 in force has no objective %2 (it has %n).</source>
        <translation>
            <numerusform>The version of %1 in force has no objective %2 (it has %n).</numerusform>
            <numerusform>The version of %1 in force has no objective %2 (it has %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message numerus="yes">
        <source>Too many failed attempts: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts: try again in %n second.</numerusform>
            <numerusform>Too many failed attempts: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::ui::ActionPlanPage</name>
    <message numerus="yes">
        <source>%n item(s) copied into %1.</source>
        <translation>
            <numerusform>%n item copied into %1.</numerusform>
            <numerusform>%n items copied into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported.</source>
        <translation>
            <numerusform>%n item imported.</numerusform>
            <numerusform>%n items imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written.</source>
        <translation>
            <numerusform>%n item written.</numerusform>
            <numerusform>%n items written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::ui::AuditLogPage</name>
    <message numerus="yes">
        <source>Audit trail intact: %n entries. Head hash: %1</source>
        <translation>
            <numerusform>Audit trail intact: %n entry. Head hash: %1</numerusform>
            <numerusform>Audit trail intact: %n entries. Head hash: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::ui::MeetingsPage</name>
    <message numerus="yes">
        <source>%n agenda item(s) filled from the records.</source>
        <translation>
            <numerusform>%n agenda item filled from the records.</numerusform>
            <numerusform>%n agenda items filled from the records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::ui::OrganisationPage</name>
    <message numerus="yes">
        <source>Imported %n person(s).</source>
        <translation>
            <numerusform>Imported %n person.</numerusform>
            <numerusform>Imported %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::ui::PolicyImportDialog</name>
    <message numerus="yes">
        <source>Sections (%n):</source>
        <translation>
            <numerusform>Section (%n):</numerusform>
            <numerusform>Sections (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read differently from the file (%n):</source>
        <translation>
            <numerusform>Read differently from the file (%n):</numerusform>
            <numerusform>Read differently from the file (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::ui::RecordListWidget</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
</TS>
