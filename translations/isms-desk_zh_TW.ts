<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AcknowledgementService</name>
    <message>
        <source>Everyone</source>
        <translation>全體人員</translation>
    </message>
    <message>
        <source>Only an approved or published version is communicated.</source>
        <translation>僅已核定或已發布的版本才進行宣導。</translation>
    </message>
    <message>
        <source>Choose how the version was communicated.</source>
        <translation>請選擇宣導方式。</translation>
    </message>
    <message>
        <source>The event needs its date.</source>
        <translation>請填寫宣導日期。</translation>
    </message>
    <message>
        <source>“%1” is not a scope category.</source>
        <translation>「%1」不是適用對象類別。</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（無單位）</translation>
    </message>
    <message>
        <source>Give the date the sheet was signed.</source>
        <translation>請填寫簽名日期。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期不可晚於今天。</translation>
    </message>
    <message>
        <source>Choose how they confirmed it.</source>
        <translation>請選擇確認方式。</translation>
    </message>
    <message>
        <source>The policy version does not exist.</source>
        <translation>此政策版本不存在。</translation>
    </message>
    <message>
        <source>Not in this version&apos;s audience on %1: %2.</source>
        <translation>%1 時不屬於此版本宣導對象：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>確認日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>確認方式</translation>
    </message>
</context>
<context>
    <name>ActionItem</name>
    <message>
        <source>Give the plan year.</source>
        <translation>請輸入計畫年度。</translation>
    </message>
    <message>
        <source>Say what will be done.</source>
        <translation>請填寫待辦事項。</translation>
    </message>
    <message>
        <source>Name the person responsible.</source>
        <translation>請指定負責人員。</translation>
    </message>
    <message>
        <source>Give the expected completion date.</source>
        <translation>請輸入預計完成日期。</translation>
    </message>
    <message>
        <source>The due date is outside the plan year: give the reason.</source>
        <translation>預計完成日不在計畫年度內，請說明原因。</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>未知的狀態「%1」。</translation>
    </message>
    <message>
        <source>Record the measured result before marking the item done.</source>
        <translation>標示為已完成前，請先填寫量測結果。</translation>
    </message>
    <message>
        <source>Give the reason for cancelling.</source>
        <translation>請說明取消的原因。</translation>
    </message>
    <message>
        <source>Progress is between 0 and 100 %.</source>
        <translation>進度須介於 0 至 100 %。</translation>
    </message>
    <message>
        <source>“Overdue” is not a status: an item is overdue when its due date has passed and it is not done. Choose planned, in progress, done or cancelled.</source>
        <translation>「逾期」不是狀態：到期日已過而尚未完成的事項即為逾期。請選擇規劃中、進行中、已完成或已取消。</translation>
    </message>
</context>
<context>
    <name>ActionPlanCsv</name>
    <message>
        <source>Plan year</source>
        <translation>計畫年度</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Resources needed</source>
        <translation>所需資源</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>負責人員</translation>
    </message>
    <message>
        <source>Expected completion</source>
        <translation>預計完成日</translation>
    </message>
    <message>
        <source>Reason, if outside the year</source>
        <translation>不在年度內之原因</translation>
    </message>
    <message>
        <source>How achievement is evaluated</source>
        <translation>目標達成之評估方式</translation>
    </message>
    <message>
        <source>Measured result</source>
        <translation>實際量測結果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>進度（%）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ActionPlanService</name>
    <message>
        <source>That action item no longer exists.</source>
        <translation>該待辦事項已不存在。</translation>
    </message>
    <message>
        <source>Item %1 (%2): %3</source>
        <translation>第 %1 項（%2）：%3</translation>
    </message>
    <message>
        <source>Recurring: copied from item %1 of %2.</source>
        <translation>延續辦理：由 %2 年第 %1 項複製。</translation>
    </message>
    <message>
        <source>there is no objective %1</source>
        <translation>沒有目標 %1</translation>
    </message>
    <message>
        <source>nobody is called %1</source>
        <translation>沒有名為 %1 的人員</translation>
    </message>
    <message>
        <source>%1 names more than one person</source>
        <translation>%1 對應到多位人員</translation>
    </message>
    <message>
        <source>%1 is not a year</source>
        <translation>「%1」不是年度</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>「%1」不是日期</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>「%1」不是數字</translation>
    </message>
</context>
<context>
    <name>AgencySettings</name>
    <message>
        <source>The agency&apos;s settings were changed after you opened them; look again.</source>
        <translation>機關設定在您開啟後已被變更，請重新查看。</translation>
    </message>
</context>
<context>
    <name>ApprovalReadiness</name>
    <message>
        <source>The organisation&apos;s name is not given (title block).</source>
        <translation>未填機關名稱（文件資訊）。</translation>
    </message>
    <message>
        <source>The document&apos;s title is not given (title block).</source>
        <translation>未填文件標題（文件資訊）。</translation>
    </message>
    <message>
        <source>The effective date is not set.</source>
        <translation>尚未設定生效日期。</translation>
    </message>
    <message>
        <source>The effective date (%1) comes before that of version %2 (%3).</source>
        <translation>生效日期（%1）早於第 %2 版的生效日期（%3）。</translation>
    </message>
    <message>
        <source>The version has no sections.</source>
        <translation>此版本沒有任何章節。</translation>
    </message>
    <message>
        <source>Objective %1 has no measurable indicator (its name and target, on the Objectives page).</source>
        <translation>目標 %1 尚無可量測的指標（請於「目標與量測」頁設定指標名稱與目標值）。</translation>
    </message>
    <message>
        <source>Section %1 has no heading.</source>
        <translation>章節 %1 沒有標題。</translation>
    </message>
    <message>
        <source>Version %1 is not ready for approval:</source>
        <translation>第 %1 版尚不能送核定：</translation>
    </message>
    <message>
        <source>Return it to draft with the reason, so that an editor or administrator completes it.</source>
        <translation>請退回草稿並說明原因，由編輯者或系統管理者補齊。</translation>
    </message>
</context>
<context>
    <name>AttendanceCsv</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時數</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry must be written with its change.</source>
        <translation>稽核紀錄必須與其變更一併寫入。</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>That record no longer exists.</source>
        <translation>該筆紀錄已不存在。</translation>
    </message>
    <message>
        <source>Give the audit a title.</source>
        <translation>請輸入稽核名稱。</translation>
    </message>
    <message>
        <source>Give the day the audit starts.</source>
        <translation>請輸入稽核開始日期。</translation>
    </message>
    <message>
        <source>The audit ends before it starts.</source>
        <translation>稽核結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>Name the auditors.</source>
        <translation>請填寫稽核人員。</translation>
    </message>
    <message>
        <source>Choose the type of finding.</source>
        <translation>請選擇發現類型。</translation>
    </message>
    <message>
        <source>Describe the finding.</source>
        <translation>請描述稽核發現。</translation>
    </message>
    <message>
        <source>That audit no longer exists.</source>
        <translation>該次稽核已不存在。</translation>
    </message>
    <message>
        <source>That finding no longer exists.</source>
        <translation>該項稽核發現已不存在。</translation>
    </message>
    <message>
        <source>Corrective actions are for nonconformities.</source>
        <translation>矯正措施僅適用於不符合事項。</translation>
    </message>
    <message>
        <source>Say what will be done to correct it.</source>
        <translation>請說明矯正作法。</translation>
    </message>
    <message>
        <source>Give the root cause.</source>
        <translation>請填寫根本原因。</translation>
    </message>
    <message>
        <source>Name the person responsible.</source>
        <translation>請指定負責人員。</translation>
    </message>
    <message>
        <source>Give the due date.</source>
        <translation>請輸入完成期限。</translation>
    </message>
    <message>
        <source>That corrective action no longer exists.</source>
        <translation>該項矯正措施已不存在。</translation>
    </message>
    <message>
        <source>Only a corrective action that is done can be verified.</source>
        <translation>矯正措施須先登錄完成，才能確認有效性。</translation>
    </message>
    <message>
        <source>Give the day of the verification.</source>
        <translation>請輸入確認日期。</translation>
    </message>
    <message>
        <source>Name who verified it.</source>
        <translation>請填寫確認人員。</translation>
    </message>
    <message>
        <source>Say what the verification found.</source>
        <translation>請說明確認結果。</translation>
    </message>
    <message>
        <source>A nonconformity closes only when its corrective action is verified effective.</source>
        <translation>不符合事項須待矯正措施經確認有效後才能結案。</translation>
    </message>
    <message>
        <source>Choose whether it is an internal audit or a compliance check.</source>
        <translation>請選擇是內部稽核或法令遵循查核。</translation>
    </message>
    <message>
        <source>Give the day it was done (not a future one).</source>
        <translation>請輸入完成日期（不可為未來日期）。</translation>
    </message>
    <message>
        <source>This corrective action is already done.</source>
        <translation>此矯正措施已登錄完成。</translation>
    </message>
</context>
<context>
    <name>AuditState</name>
    <message>
        <source>A %1 was added outside the program: the audit trail has no entry for it.</source>
        <translation>有一筆「%1」在程式外被新增：稽核軌跡中沒有它的紀錄。</translation>
    </message>
    <message>
        <source>A %1 was removed outside the program: the audit trail never recorded its removal.</source>
        <translation>有一筆「%1」在程式外被刪除：稽核軌跡從未記錄它的刪除。</translation>
    </message>
    <message>
        <source>The %1 numbered %2 was added outside the program: the audit trail has no entry for it.</source>
        <translation>編號 %2 的「%1」在程式外被新增：稽核軌跡中沒有它的紀錄。</translation>
    </message>
    <message>
        <source>The %1 numbered %2 was removed outside the program: the audit trail never recorded its removal.</source>
        <translation>編號 %2 的「%1」在程式外被刪除：稽核軌跡從未記錄它的刪除。</translation>
    </message>
    <message>
        <source>The %1 numbered %2 was changed outside the program: it is not what the audit trail last recorded of it.</source>
        <translation>編號 %2 的「%1」在程式外被修改：內容與稽核軌跡最後記錄的不符。</translation>
    </message>
</context>
<context>
    <name>AvailabilityReport</name>
    <message>
        <source>(going on)</source>
        <translation>（仍在中斷）</translation>
    </message>
    <message>
        <source>Planned (not counted)</source>
        <translation>計畫性（不計入）</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>非計畫性</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標值</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Availability by month</source>
        <translation>各月可用率</translation>
    </message>
    <message>
        <source>The share of each system&apos;s service hours not lost to unplanned outages; a month still running counts up to now, one still to come shows —.</source>
        <translation>各系統服務時間中未因非計畫性中斷而損失的比率；進行中的月份計算至今，尚未到來的月份以 — 表示。</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>服務中斷</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Core system availability %1</source>
        <translation>核心資通系統可用率 %1</translation>
    </message>
    <message>
        <source>Objective 6: the core systems&apos; availability, computed from the outages recorded.</source>
        <translation>目標 6：依登錄之服務中斷紀錄計算核心資通系統可用率。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>“%1” is not a sound copy: its audit trail is broken at entry %2.</source>
        <translation>「%1」不是完好的備份：其稽核軌跡於第 %2 筆遭破壞。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>無法建立資料夾「%1」。</translation>
    </message>
    <message>
        <source>Cannot copy “%1” next to the database.</source>
        <translation>無法將「%1」複製到資料庫旁。</translation>
    </message>
    <message>
        <source>Cannot put the restored database in place.</source>
        <translation>無法將還原的資料庫放回原位。</translation>
    </message>
    <message>
        <source>“%1” is still open in another program window or command: close it first, then restore.</source>
        <translation>「%1」仍在另一個程式視窗或命令中開啟：請先關閉，再還原。</translation>
    </message>
    <message>
        <source>Cannot keep the current database aside.</source>
        <translation>無法另存保留目前的資料庫。</translation>
    </message>
    <message>
        <source>“%1” is not a sound copy: %2</source>
        <translation>「%1」不是完好的備份：%2</translation>
    </message>
    <message>
        <source>“%1” is not the copy that was taken: the register of backups recorded SHA-256 %2 for it, and the file now has %3. It was changed after it was taken; restore another backup.</source>
        <translation>「%1」不是當初備份的那份複本：備份紀錄登記的 SHA-256 為 %2，檔案現在是 %3。它在備份後被改過；請改用其他備份還原。</translation>
    </message>
    <message>
        <source>The replaced audit trail ended at entry %1 (%2); that entry is kept with the replaced database.</source>
        <translation>被取代的稽核軌跡止於第 %1 筆（%2），該筆保存在被取代的資料庫中。</translation>
    </message>
    <message>
        <source>The copy is in the replaced database&apos;s register of backups, with the same SHA-256.</source>
        <translation>此複本登記於被取代資料庫的備份紀錄，SHA-256 相符。</translation>
    </message>
    <message>
        <source>The copy is not in the replaced database&apos;s register of backups (taken elsewhere, or the register could not be read): compare its SHA-256 %1 with where it came from.</source>
        <translation>此複本未登記於被取代資料庫的備份紀錄（在別處備份，或備份紀錄無法讀取）：請將其 SHA-256 %1 與來源核對。</translation>
    </message>
    <message>
        <source>The restored audit trail records the restore.</source>
        <translation>還原後的稽核軌跡已記錄這次還原。</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Public</source>
        <translation>公開資訊</translation>
    </message>
    <message>
        <source>Internal use</source>
        <translation>內部使用</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感資訊</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>機密資訊</translation>
    </message>
</context>
<context>
    <name>CommandDocs</name>
    <message>
        <source>User Commands</source>
        <translation>使用者命令</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>information-security governance records (ISMS)</source>
        <translation>資通安全管理制度紀錄（ISMS）</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>OPTION</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Without a command the program window opens on the database; with one, the command runs without a display and exits with one of the codes below.</source>
        <translation>未指定命令時開啟程式視窗；指定命令時，命令不需顯示器即可執行，並以下列結束代碼之一結束。</translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>COMMAND OPTIONS</source>
        <translation>命令選項</translation>
    </message>
    <message>
        <source>Each command takes the options its syntax below names, and no others.</source>
        <translation>各命令只接受下方語法中列出的選項。</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>結束代碼</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>環境變數</translation>
    </message>
    <message>
        <source>The password of the --user for commands that change data, for scripts; without it the password is asked for on the terminal. Never give a password as an argument.</source>
        <translation>供指令稿使用：會變更資料的命令以此為 --user 的密碼；未設定時於終端機詢問密碼。切勿將密碼寫在命令參數中。</translation>
    </message>
    <message>
        <source>The server password for a postgresql:// database; ~/.pgpass is read too.</source>
        <translation>postgresql:// 資料庫的伺服器密碼；亦會讀取 ~/.pgpass。</translation>
    </message>
    <message>
        <source>Commands run on Qt&apos;s offscreen platform unless this says otherwise; the window uses the desktop&apos;s.</source>
        <translation>除非此變數另有指定，命令於 Qt 的 offscreen 平台執行；程式視窗使用桌面環境的平台。</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Automatic backups, when they are turned on.</source>
        <translation>自動備份（啟用時）。</translation>
    </message>
    <message>
        <source>EXAMPLES</source>
        <translation>範例</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>參見</translation>
    </message>
    <message>
        <source>The default database, created with the demo policy on first start (below $XDG_DATA_HOME when that is set).</source>
        <translation>預設資料庫，首次啟動時建立並填入示範政策（有設定 $XDG_DATA_HOME 時位於其下）。</translation>
    </message>
    <message>
        <source>Preferences: language, window size, the last server address (never a password); below $XDG_CONFIG_HOME when that is set.</source>
        <translation>偏好設定：語言、視窗大小、最近使用的伺服器位址（從不儲存密碼）；有設定 $XDG_CONFIG_HOME 時位於其下。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Language: zh_TW or en.</source>
        <translation>介面語言：zh_TW 或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Create a new database empty, without the demo policy.</source>
        <translation>建立新資料庫時不載入示範政策，保持空白。</translation>
    </message>
    <message>
        <source>Document code, e.g. ISMS-01-01.</source>
        <translation>文件編號，例如 ISMS-01-01。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>X</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Command to run (see below).</source>
        <translation>要執行的命令（見下方）。</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[命令]</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use zh_TW or en.</source>
        <translation>不支援的語言「%1」：請使用 zh_TW 或 en。</translation>
    </message>
    <message>
        <source>ISMS Desk keeps information-security governance records: the security policy, objectives, action plans, responsibilities and review cycles.</source>
        <translation>ISMS Desk 管理資通安全治理紀錄：資通安全政策、目標、年度行動計畫、權責分工與審查週期。</translation>
    </message>
    <message>
        <source>Sign in as this user (default admin); the password comes from ISMS_DESK_PASSWORD or is asked for on the terminal.</source>
        <translation>以此使用者登入（預設 admin）；密碼取自環境變數 ISMS_DESK_PASSWORD，或於終端機詢問。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>File to write (export).</source>
        <translation>要寫入的檔案（匯出）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Who holds the controlled copy.</source>
        <translation>受控文件的持有者。</translation>
    </message>
    <message>
        <source>--copy takes a copy number of 1 or more.</source>
        <translation>--copy 需要 1 以上的份數編號。</translation>
    </message>
    <message>
        <source>Commands (without one, the program window opens):</source>
        <translation>命令（未指定命令時開啟程式視窗）：</translation>
    </message>
    <message>
        <source>Commands that change data need a user whose role allows it. A database without users takes its first administrator from --user and the password.</source>
        <translation>會變更資料的命令須由角色具該權限的使用者執行。尚無使用者的資料庫，以 --user 與密碼建立第一位系統管理者。</translation>
    </message>
    <message>
        <source>Plan year (Gregorian, e.g. 2025).</source>
        <translation>計畫年度（西元，例如 2025）。</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>年</translation>
    </message>
    <message>
        <source>--year takes a Gregorian year such as 2025.</source>
        <translation>--year 需要西元年度，例如 2025。</translation>
    </message>
    <message>
        <source>“%1” is not a date: write 2025-01-31 or 114/01/31.</source>
        <translation>「%1」不是日期：請寫成 2025-01-31 或 114/01/31。</translation>
    </message>
    <message>
        <source>Meeting number, as in the list of meetings.</source>
        <translation>會議編號，即會議清單中的編號。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>--meeting takes a meeting number such as 3.</source>
        <translation>--meeting 需要會議編號，例如 3。</translation>
    </message>
    <message>
        <source>How many bureau-decades of data to generate (e.g. 1 or 0.1).</source>
        <translation>要產生幾個「機關十年份」的資料（例如 1 或 0.1）。</translation>
    </message>
    <message>
        <source>Random seed for generate (default 1).</source>
        <translation>generate 使用的亂數種子（預設 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>--scale takes a number above 0 and at most 100, such as 1 or 0.1.</source>
        <translation>--scale 需要大於 0、至多 100 的數字，例如 1 或 0.1。</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed 需要整數。</translation>
    </message>
    <message>
        <source>Use this database file, or the PostgreSQL database postgresql://user@host:port/dbname (password from PGPASSWORD or asked for), instead of the default one.</source>
        <translation>改用此資料庫檔案，或 PostgreSQL 資料庫 postgresql://使用者@主機:埠/資料庫名稱（密碼取自 PGPASSWORD 或另行詢問），取代預設資料庫。</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>檔案|位址</translation>
    </message>
    <message>
        <source>First day (2025-01-01 or 114/01/01); for copy, the database to copy.</source>
        <translation>起始日（2025-01-01 或 114/01/01）；用於 copy 時為要複製的資料庫。</translation>
    </message>
    <message>
        <source>DATE|DB</source>
        <translation>日期|資料庫</translation>
    </message>
    <message>
        <source>Last day (2025-12-31 or 114/12/31); for copy, the new database.</source>
        <translation>結束日（2025-12-31 或 114/12/31）；用於 copy 時為新的資料庫。</translation>
    </message>
    <message>
        <source>Document version, e.g. 2.0. Alone, with no value and no command: print the program&apos;s version.</source>
        <translation>文件版本，例如 2.0。單獨使用（不帶值也不帶命令）時：顯示程式版本。</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>the command failed (with a one-line reason on standard error)</source>
        <translation>命令失敗（於標準錯誤輸出一行原因）</translation>
    </message>
    <message>
        <source>wrong arguments</source>
        <translation>參數錯誤</translation>
    </message>
    <message>
        <source>the database was refused</source>
        <translation>資料庫遭拒絕開啟</translation>
    </message>
    <message>
        <source>sign-in failed or the role may not do it</source>
        <translation>登入失敗，或角色無此權限</translation>
    </message>
    <message>
        <source>--version takes the document version, e.g. --version 2.0.</source>
        <translation>--version 須接文件版本，例如 --version 2.0。</translation>
    </message>
    <message>
        <source>Print the program&apos;s version.</source>
        <translation>顯示程式版本。</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>結束代碼：</translation>
    </message>
    <message>
        <source>Show the options, the commands and the exit codes.</source>
        <translation>顯示選項、命令與結束代碼。</translation>
    </message>
    <message>
        <source>Export as the controlled copy with this number, recorded in the register.</source>
        <translation>輸出為此編號的受控文件，並登錄於受控文件清冊。</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>倍數</translation>
    </message>
    <message>
        <source>--%1 goes with a command, e.g. export policy CODE --out FILE.pdf; see isms-desk --help.</source>
        <translation>--%1 須搭配命令使用，例如 export policy CODE --out FILE.pdf；請參閱 isms-desk --help。</translation>
    </message>
    <message>
        <source>Usage: isms-desk [options] [command]</source>
        <translation>用法：isms-desk [選項] [命令]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>選項：</translation>
    </message>
    <message>
        <source>What changes in the new version (its change summary).</source>
        <translation>新版本的修訂內容（修訂摘要）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>The day the version takes effect (2026-12-15 or 115/12/15).</source>
        <translation>版本生效日（2026-12-15 或 115/12/15）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The approver&apos;s title, e.g. 主任委員.</source>
        <translation>核定人職稱，例如主任委員。</translation>
    </message>
    <message>
        <source>The fingerprint of the text being approved (the 16 digits shown, or all 64): text changed since is refused.</source>
        <translation>核定之內文指紋（顯示的 16 碼或完整 64 碼）：其後內文若有變更即拒絕核定。</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>十六進位</translation>
    </message>
    <message>
        <source>The account&apos;s role: administrator, editor, chair, auditor or viewer.</source>
        <translation>帳號角色：administrator（管理者）、editor（編輯）、chair（主任委員）、auditor（稽核員）或 viewer（檢視者）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The full name of the account&apos;s person.</source>
        <translation>帳號使用者的全名。</translation>
    </message>
    <message>
        <source>Objective number, as the policy in force numbers it.</source>
        <translation>目標編號，依現行政策之編號。</translation>
    </message>
    <message>
        <source>The measured value.</source>
        <translation>量測值。</translation>
    </message>
    <message>
        <source>V</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Where the evidence is (a report, a file).</source>
        <translation>佐證資料所在（報告、檔案）。</translation>
    </message>
    <message>
        <source>Half-year: 1 or 2.</source>
        <translation>半年度：1（上半年）或 2（下半年）。</translation>
    </message>
    <message>
        <source>H</source>
        <translation>半年</translation>
    </message>
    <message>
        <source>The day it took place (2026-11-10 or 115/11/10).</source>
        <translation>辦理日期（2026-11-10 或 115/11/10）。</translation>
    </message>
    <message>
        <source>E-mails sent in the drill.</source>
        <translation>演練寄發之郵件數。</translation>
    </message>
    <message>
        <source>How many opened the drill&apos;s e-mail.</source>
        <translation>開啟演練郵件的人數。</translation>
    </message>
    <message>
        <source>How many clicked its link or attachment.</source>
        <translation>點閱連結或附件的人數。</translation>
    </message>
    <message>
        <source>How many reported it.</source>
        <translation>通報的人數。</translation>
    </message>
    <message>
        <source>verify: approved, not yet in force</source>
        <translation>verify：已核定，尚未生效</translation>
    </message>
    <message>
        <source>verify: superseded</source>
        <translation>verify：已被取代</translation>
    </message>
    <message>
        <source>verify: unknown copy</source>
        <translation>verify：無法辨識的文件</translation>
    </message>
    <message>
        <source>verify: a version never in force</source>
        <translation>verify：從未生效的版本</translation>
    </message>
    <message>
        <source>verify: text changed after its approval</source>
        <translation>verify：核定後內文遭變更</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>There is no option %1: isms-desk --help lists the options and what each command takes.</source>
        <translation>沒有 %1 這個選項：isms-desk --help 列出所有選項及各命令可用的選項。</translation>
    </message>
    <message>
        <source>%1 needs a value after it.</source>
        <translation>%1 後面需要一個值。</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Run isms-desk --help for the commands.</source>
        <translation>執行 isms-desk --help 可查看可用命令。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知的命令：%1</translation>
    </message>
    <message>
        <source>This command changes data: give the password of %1 in %2 or on a terminal.</source>
        <translation>此命令會變更資料：請以 %2 或於終端機提供 %1 的密碼。</translation>
    </message>
    <message>
        <source>Server password for %1: </source>
        <translation>%1 的伺服器密碼：</translation>
    </message>
    <message>
        <source>Write it as: isms-desk %1</source>
        <translation>請寫成：isms-desk %1</translation>
    </message>
    <message>
        <source>%1 does not take --%2. It takes no options of its own.</source>
        <translation>%1 不接受 --%2。此命令沒有自己的選項。</translation>
    </message>
    <message>
        <source>%1 does not take --%2. It takes: %3</source>
        <translation>%1 不接受 --%2。可用的選項：%3</translation>
    </message>
    <message>
        <source>There is no database “%1”: %2 works only on one that holds records.</source>
        <translation>沒有資料庫「%1」：%2 只能用於已有紀錄的資料庫。</translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken at entry %2: nothing is written into it. Run isms-desk check, and restore a verified backup.</source>
        <translation>%1 的稽核軌跡在第 %2 筆紀錄處斷裂：不會再寫入任何變更。請執行 isms-desk check，並還原已驗證的備份。</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 需要 --%2。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 須為 %2 至 %3 的整數。</translation>
    </message>
    <message>
        <source>--%1 takes a number, e.g. 99.5.</source>
        <translation>--%1 須為數字，例如 99.5。</translation>
    </message>
    <message>
        <source>“%1” is not a date: write 2025-01-31 or 114/01/31.</source>
        <translation>「%1」不是日期：請寫成 2025-01-31 或 114/01/31。</translation>
    </message>
    <message>
        <source>The database has no accounts yet: the password given makes %1 its first administrator. %2</source>
        <translation>此資料庫尚無帳號：所提供的密碼會將 %1 設為第一位系統管理員。%2</translation>
    </message>
</context>
<context>
    <name>ControlledCopies</name>
    <message>
        <source>Name who holds the controlled copy.</source>
        <translation>請填寫受控文件的持有者。</translation>
    </message>
    <message>
        <source>A copy number is 1 or more.</source>
        <translation>份數編號須為 1 以上。</translation>
    </message>
    <message>
        <source>Copy %1 of version %2 was issued to %3 on %4 already.</source>
        <translation>第 %2 版的第 %1 份已於 %4 發給 %3。</translation>
    </message>
    <message>
        <source>That controlled copy is not in the register.</source>
        <translation>登錄簿中沒有這份受控文件。</translation>
    </message>
    <message>
        <source>That copy was returned or destroyed already.</source>
        <translation>這份文件已繳回或已銷毀。</translation>
    </message>
    <message>
        <source>Controlled copies are issued of the version in force or of one approved to take effect later; version %1 is “%2”.</source>
        <translation>受控文件僅能以現行版本或已核定待生效之版本發行；版本 %1 為「%2」。</translation>
    </message>
</context>
<context>
    <name>CopyVerifier</name>
    <message>
        <source>This is the current version: %1 version %2.</source>
        <translation>此為現行版本：%1 第 %2 版。</translation>
    </message>
    <message>
        <source>No version of any policy in this database has this fingerprint.</source>
        <translation>此資料庫中沒有任何政策版本具有此內容指紋。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” is not a copy exported by ISMS Desk: it carries no fingerprint.</source>
        <translation>「%1」不是由 ISMS Desk 匯出的文件：其中沒有內容指紋。</translation>
    </message>
    <message>
        <source>A fingerprint is 64 hexadecimal digits, or the 16 printed in groups of four.</source>
        <translation>內容指紋為 64 位十六進位數字，或列印於文件上、每四位一組的 16 位數字。</translation>
    </message>
    <message>
        <source>Warning: the database&apos;s text of this version differs from what was approved; it was changed outside the program (run isms-desk check).</source>
        <translation>警告：資料庫中此版本的內容與核定的內容不同，已在本程式以外被修改（請執行 isms-desk check）。</translation>
    </message>
    <message>
        <source>This copy is not valid: its text of %1 version %2 was changed after the version was approved (the approved text has another fingerprint).</source>
        <translation>此份文件無效：其 %1 第 %2 版的內容是在核定後才被修改的（核定內容的指紋不同）。</translation>
    </message>
    <message>
        <source>no version is in force yet</source>
        <translation>目前尚無現行版本</translation>
    </message>
    <message>
        <source>version %1 is current</source>
        <translation>現行版本為 %1</translation>
    </message>
    <message>
        <source>This is %1 version %2, approved and scheduled: it takes effect on %3; until then %4.</source>
        <translation>此為 %1 版本 %2，已核定並排定生效：自%3起生效；在此之前%4。</translation>
    </message>
    <message>
        <source>This copy is out of date: %1 version %2 was superseded by version %3 on %4; %5.</source>
        <translation>此文件已失效：%1 版本 %2 已於%4由版本 %3 取代；%5。</translation>
    </message>
    <message>
        <source>This is %1 version %2, which is not in force; %3.</source>
        <translation>此為 %1 版本 %2，並非現行版本；%3。</translation>
    </message>
    <message>
        <source>Warning: the record of version %1 was changed outside the program, so which version is in force cannot be trusted (run isms-desk check).</source>
        <translation>警告：版本 %1 的紀錄曾在程式外被修改，現行版本的判定不可信（請執行 isms-desk check）。</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>NOT YET IN FORCE</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>SUPERSEDED</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>無法辨識</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>無效</translation>
    </message>
</context>
<context>
    <name>CoreSystemService</name>
    <message>
        <source>Name the system.</source>
        <translation>請輸入系統名稱。</translation>
    </message>
    <message>
        <source>The service hours must end after they start, within the day (00:00 to 24:00).</source>
        <translation>服務時間的結束須晚於開始，且在同一日內（00:00 至 24:00）。</translation>
    </message>
    <message>
        <source>The availability target is a percentage above 0 and at most 100.</source>
        <translation>可用率目標值須為大於 0、至多 100 的百分比。</translation>
    </message>
    <message>
        <source>A system comes under the register on a day that has come, not ahead.</source>
        <translation>系統納管日期不可為未來日期。</translation>
    </message>
    <message>
        <source>The unit chosen no longer exists.</source>
        <translation>所選單位已不存在。</translation>
    </message>
    <message>
        <source>That core system no longer exists.</source>
        <translation>該核心資通系統已不存在。</translation>
    </message>
    <message>
        <source>Choose the system the outage was of.</source>
        <translation>請選擇發生中斷的系統。</translation>
    </message>
    <message>
        <source>Give when the outage started.</source>
        <translation>請輸入中斷開始的時間。</translation>
    </message>
    <message>
        <source>An outage is recorded once it has started, not ahead.</source>
        <translation>服務中斷須於發生後登錄，不可預先登錄。</translation>
    </message>
    <message>
        <source>The outage ends before it starts.</source>
        <translation>中斷結束時間早於開始時間。</translation>
    </message>
    <message>
        <source>The outage&apos;s end is still to come: leave it open until it is over.</source>
        <translation>中斷結束時間尚未到來：請於恢復後再填寫結束時間。</translation>
    </message>
    <message>
        <source>Say what caused the outage (or what is known of it).</source>
        <translation>請說明中斷原因（或目前所知情形）。</translation>
    </message>
    <message>
        <source>That outage no longer exists.</source>
        <translation>該筆服務中斷已不存在。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text (save it from the spreadsheet as CSV UTF-8).</source>
        <translation>檔案不是 UTF-8 文字（請由試算表另存為 CSV UTF-8）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>The first line must name the columns; “%1” is missing.</source>
        <translation>第一行須為欄位名稱；缺少「%1」。</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Open rate % (limit %1)</source>
        <translation>開啟率 %（門檻 %1）</translation>
    </message>
    <message>
        <source>Click rate % (limit %1)</source>
        <translation>點閱率 %（門檻 %1）</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>no data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>no indicator</source>
        <translation>尚未訂定指標</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%2 人中 %1 人（%3%）</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>衡量指標</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最近量測</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Recent values</source>
        <translation>近期量測值</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>年度行動計畫</translation>
    </message>
    <message>
        <source>%1 items: %2</source>
        <translation>待辦事項 %1 項：%2</translation>
    </message>
    <message>
        <source>Overdue: none</source>
        <translation>逾期：無</translation>
    </message>
    <message>
        <source>Overdue: %1; the oldest: %2, due %3</source>
        <translation>逾期：%1 項；最早者：%2，期限 %3</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項數</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>審查週期</translation>
    </message>
    <message>
        <source>Overdue: %1; due in the next 60 days: %2</source>
        <translation>逾期：%1 項；未來 60 天內到期：%2 項</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>審查對象</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人員</translation>
    </message>
    <message>
        <source>Social-engineering drills</source>
        <translation>社交工程演練</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半年度</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>演練次數</translation>
    </message>
    <message>
        <source>E-mails sent</source>
        <translation>寄送郵件數</translation>
    </message>
    <message>
        <source>Open rate %</source>
        <translation>開啟率（%）</translation>
    </message>
    <message>
        <source>Click rate %</source>
        <translation>點閱率（%）</translation>
    </message>
    <message>
        <source>Limits %</source>
        <translation>門檻（%）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>內部稽核</translation>
    </message>
    <message>
        <source>Open findings — %1</source>
        <translation>未結案稽核發現 — %1</translation>
    </message>
    <message>
        <source>Overdue corrective actions: %1</source>
        <translation>逾期矯正措施：%1 項</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>%1 version %2, in force since %3; acknowledged by %4</source>
        <translation>%1 第 %2 版，自%3起生效；已確認閱讀：%4</translation>
    </message>
    <message>
        <source>No policy is in force.</source>
        <translation>目前沒有生效中的政策。</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>儀表板 %1</translation>
    </message>
    <message>
        <source>Where information-security governance stands on %1.</source>
        <translation>截至%1之資通安全治理概況。</translation>
    </message>
    <message>
        <source>%1 first half</source>
        <translation>%1年上半年</translation>
    </message>
    <message>
        <source>%1 second half</source>
        <translation>%1年下半年</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no drill (overdue)</source>
        <translation>未辦理演練（逾期）</translation>
    </message>
    <message>
        <source>not yet held</source>
        <translation>尚未辦理</translation>
    </message>
    <message>
        <source>none due (before the first drill)</source>
        <translation>毋須辦理（首次演練之前）</translation>
    </message>
    <message>
        <source>Version %1 takes effect on %2.</source>
        <translation>版本 %1 將於%2生效。</translation>
    </message>
    <message>
        <source>Review cycles only: the objectives&apos; measurements due are shown with the objectives.</source>
        <translation>僅含審查週期；各目標的量測到期事項列於目標處。</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1（計算至今）</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>(no unit)</source>
        <translation>（未設單位）</translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>The scale is a number above 0 and at most 100.</source>
        <translation>資料量須大於 0、至多 100。</translation>
    </message>
    <message>
        <source>This database already holds records; generate into a new database file.</source>
        <translation>此資料庫已有紀錄；請產生至新的資料庫檔案。</translation>
    </message>
    <message>
        <source>The database has no published policy with objectives.</source>
        <translation>資料庫中沒有已發布且訂有目標的政策。</translation>
    </message>
    <message>
        <source>Generated earlier version</source>
        <translation>模擬產生之舊版</translation>
    </message>
    <message>
        <source>Generated action item %1</source>
        <translation>模擬待辦事項 %1</translation>
    </message>
    <message>
        <source>%1 person-days</source>
        <translation>%1 人日</translation>
    </message>
    <message>
        <source>Completion record</source>
        <translation>完成紀錄</translation>
    </message>
    <message>
        <source>Completed as planned</source>
        <translation>依計畫完成</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>已無需要</translation>
    </message>
    <message>
        <source>Management review %1</source>
        <translation>管理審查會議 %1</translation>
    </message>
    <message>
        <source>Meeting room 1</source>
        <translation>第一會議室</translation>
    </message>
    <message>
        <source>Follow up as minuted.</source>
        <translation>依會議紀錄追蹤辦理。</translation>
    </message>
    <message>
        <source>Internal audit %1</source>
        <translation>內部稽核 %1</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>稽核小組</translation>
    </message>
    <message>
        <source>Generated finding %1</source>
        <translation>模擬稽核發現 %1</translation>
    </message>
    <message>
        <source>Procedure not followed</source>
        <translation>未依程序辦理</translation>
    </message>
    <message>
        <source>Revise the procedure and train the staff</source>
        <translation>修訂程序並辦理人員訓練</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Compliance check %1</source>
        <translation>法令遵循查核 %1</translation>
    </message>
    <message>
        <source>Core system %1</source>
        <translation>核心系統 %1</translation>
    </message>
    <message>
        <source>Generated outage %1</source>
        <translation>產生之服務中斷 %1</translation>
    </message>
    <message>
        <source>Generated course %1</source>
        <translation>產生之課程 %1</translation>
    </message>
    <message>
        <source>Generated incident %1</source>
        <translation>產生之資安事件 %1</translation>
    </message>
    <message>
        <source>Reporting platform</source>
        <translation>通報平台</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>無法開啟「%1」：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>無法建立「%1」所在的資料夾。</translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation>無法設定資料庫：%1</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>資料庫忙碌中或為唯讀：%1</translation>
    </message>
    <message>
        <source>The change was not saved because part of it failed.</source>
        <translation>變更的一部分失敗，因此整筆變更未儲存。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>變更無法儲存：%1</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>「%1」已存在。</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>備份失敗：%1</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」不存在。</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>請先登入才能%1。</translation>
    </message>
    <message>
        <source>A server database is backed up on the server (pg_dump), or copied to a file with “isms-desk copy”.</source>
        <translation>伺服器資料庫請於伺服器端備份（pg_dump），或以「isms-desk copy」複製成檔案。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost and cannot be made again: %2</source>
        <translation>與 %1 的連線已中斷，且無法重新連線：%2</translation>
    </message>
    <message>
        <source>“%1” was not updated to the new schema: %2 Run isms-desk check on it for the whole list.</source>
        <translation>「%1」未更新為新的資料結構：%2 請對它執行 isms-desk check 以查看完整清單。</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: it was changed outside the program. Nothing can be saved into this database; restore a backup.</source>
        <translation>稽核軌跡於第 %1 筆遭破壞：已在程式外被修改。此資料庫不能再儲存任何變更；請還原備份。</translation>
    </message>
    <message>
        <source>This database already has an administrator.</source>
        <translation>此資料庫已有系統管理者。</translation>
    </message>
    <message>
        <source>Sample or generated records go only into a database just created for them.</source>
        <translation>範例或產生的資料只能寫入剛為其建立的資料庫。</translation>
    </message>
    <message>
        <source>“%1” is open read only: nothing can be saved into it.</source>
        <translation>「%1」以唯讀方式開啟：無法儲存任何變更。</translation>
    </message>
    <message>
        <source>“%1” was written by an earlier ISMS Desk and is updated when it is opened, which cannot be done while it is read only. Open it where it may be written, or open a copy of it.</source>
        <translation>「%1」由較舊版的 ISMS Desk 寫入，開啟時須先更新，唯讀時無法更新。請在可寫入的位置開啟，或開啟它的複本。</translation>
    </message>
    <message>
        <source>%1 is open read only: nothing can be saved into it.</source>
        <translation>%1 以唯讀方式開啟：無法儲存任何變更。</translation>
    </message>
    <message>
        <source>%1 is signed in as %2, who may not %3: that is for %4.</source>
        <translation>%1 以「%2」角色登入，無權%3；此事由%4負責。</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>Integrity problem: %1</source>
        <translation>完整性問題：%1</translation>
    </message>
    <message>
        <source>Audit trail broken at entry %1.</source>
        <translation>稽核軌跡於第 %1 筆遭破壞。</translation>
    </message>
    <message>
        <source>Database is sound.</source>
        <translation>資料庫狀態良好。</translation>
    </message>
    <message>
        <source>Database has problems.</source>
        <translation>資料庫有問題。</translation>
    </message>
    <message>
        <source>%1 version %2: its text is not the text that was approved (approved %3, now %4); it was changed outside the program.</source>
        <translation>%1 第 %2 版：內容不是核定時的內容（核定時 %3，現在 %4），已在本程式以外被修改。</translation>
    </message>
    <message>
        <source>The audit trail ends at entry %1, but entries up to %2 were written: the last %3 were removed.</source>
        <translation>稽核軌跡止於第 %1 筆，但曾寫入到第 %2 筆：最後 %3 筆已被刪除。</translation>
    </message>
    <message>
        <source>The backup of %1 recorded the audit trail&apos;s head after %2 entries (%3…), which the trail no longer holds: it was truncated or rewritten.</source>
        <translation>%1 的備份記錄了第 %2 筆之後的稽核軌跡末端雜湊值（%3…），但目前的稽核軌跡已不含此值：軌跡已被截斷或改寫。</translation>
    </message>
    <message>
        <source>%1 version %2: its objectives (%3) are not its objective items (%4); they were changed outside the program.</source>
        <translation>%1 版本 %2：其目標（%3 項）與條文中的目標項目（%4 項）不符，曾在程式外被修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) carry the status “overdue”, which the program never stores (overdue follows from the due date): they were changed outside the program.</source>
        <translation>
            <numerusform>有 %n 項待辦事項的狀態為「逾期」，本程式從不儲存此狀態（是否逾期依到期日判定）：曾在程式外被修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s) that differ from the audit trail.</source>
        <translation>
            <numerusform>……另有 %n 筆紀錄與稽核軌跡不符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail head: entry %1, %2</source>
        <translation>稽核軌跡末筆：第 %1 筆，%2</translation>
    </message>
    <message>
        <source>A %1 (row %2) links to a record that does not exist.</source>
        <translation>有一筆「%1」（第 %2 列）連結到不存在的紀錄。</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: its %n entries chain on one from another.</source>
        <translation>
            <numerusform>稽核軌跡：%n 筆紀錄前後相連，無一斷裂。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>Check the database (PRAGMA integrity_check and its links on a file) and the audit chain: report the first broken entry and print the chain&apos;s head hash.</source>
        <translation>檢查資料庫（檔案則執行 PRAGMA integrity_check 並檢查關聯）與稽核軌跡雜湊鏈：指出第一筆損壞的紀錄，並顯示雜湊鏈的末端雜湊值。</translation>
    </message>
    <message>
        <source>Write a verified copy of the database to FILE (administrators).</source>
        <translation>將資料庫備份至 FILE 並驗證備份（限系統管理者）。</translation>
    </message>
    <message>
        <source>Replace the database with the verified copy FILE; the replaced one is kept aside (administrators).</source>
        <translation>以已驗證的備份 FILE 取代資料庫；被取代的資料庫另存保留（限系統管理者）。</translation>
    </message>
    <message>
        <source>Copy every record of a database into a new one: a file to a PostgreSQL server (postgresql://user@host:port/dbname, an empty database) or back to a new file. Both sides are counted and the audit trail is verified (administrators of the source).</source>
        <translation>將資料庫的全部紀錄複製到新的資料庫：由檔案複製到 PostgreSQL 伺服器（postgresql://使用者@主機:埠/資料庫名稱，須為空資料庫），或再複製回新檔案。複製後比對兩邊筆數並驗證稽核軌跡（限來源資料庫的系統管理者）。</translation>
    </message>
    <message>
        <source>On a PostgreSQL database (--database postgresql://…), as its owner: create a server role for each of the program&apos;s roles and give each the privileges the program allows it, so that they hold outside the program too.</source>
        <translation>於 PostgreSQL 資料庫（--database postgresql://…），由資料庫擁有者執行：為本程式的每個角色建立伺服器角色，並授予本程式允許該角色的權限，使權限在程式之外同樣有效。</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 bytes, SHA-256 %3).</source>
        <translation>已備份至 %1（%2 位元組，SHA-256 %3）。</translation>
    </message>
    <message>
        <source>Audit trail head: %1</source>
        <translation>稽核軌跡末筆雜湊值：%1</translation>
    </message>
    <message>
        <source>restore replaces a database file. To fill a server database from a file, use copy --from FILE --to ADDRESS.</source>
        <translation>restore 用於取代資料庫檔案。若要以檔案內容建立伺服器資料庫，請使用 copy --from 檔案 --to 位址。</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the replaced database is kept as %3.</source>
        <translation>已由 %2 還原 %1；被取代的資料庫保存為 %3。</translation>
    </message>
    <message>
        <source>The program&apos;s roles are set up on %1 as these server roles:</source>
        <translation>已於 %1 設定本程式角色對應的伺服器角色：</translation>
    </message>
    <message>
        <source>Give each person a server login named as their account in the program, in one of these roles, e.g.:</source>
        <translation>請為每位人員建立與其程式帳號同名的伺服器登入帳號，並加入上列其中一個角色，例如：</translation>
    </message>
    <message>
        <source>Say what to copy where: copy --from DB --to DB.</source>
        <translation>請指定複製來源與目的：copy --from 資料庫 --to 資料庫。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」不存在。</translation>
    </message>
    <message>
        <source>“%1” already exists; copy creates a new database file.</source>
        <translation>「%1」已存在；copy 只會建立新的資料庫檔案。</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 records in %4 tables, the same number on both sides.</source>
        <translation>已將 %1 複製至 %2：%4 個資料表共 %3 筆紀錄，兩邊筆數相同。</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n entries.</source>
        <translation>
            <numerusform>稽核軌跡完整：共 %n 筆。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which new file to create with --database FILE.</source>
        <translation>請以 --database 檔案 指定要建立的新檔案。</translation>
    </message>
    <message>
        <source>Say how much to generate with --scale N.</source>
        <translation>請以 --scale N 指定要產生的資料量。</translation>
    </message>
    <message>
        <source>“%1” already exists; generate creates a new database file.</source>
        <translation>「%1」已存在；generate 只建立新的資料庫檔案。</translation>
    </message>
    <message>
        <source>Generated %1: %2 units, %3 people, %4 policy versions, %5 action items, %6 measurements, %7 meetings, %8 findings, %9 acknowledgements, %10 audit entries.</source>
        <translation>已產生 %1：單位 %2 個，人員 %3 人，政策版本 %4 個，待辦事項 %5 項，量測 %6 筆，會議 %7 次，稽核發現 %8 項，閱讀確認 %9 筆，稽核紀錄 %10 筆。</translation>
    </message>
    <message>
        <source>Create FILE filled with synthetic records at FACTOR times a bureau&apos;s decade, for benchmarks and trials; never into an existing file.</source>
        <translation>建立新檔案 FILE，填入 FACTOR 倍機關十年份的模擬紀錄，供效能量測與試用；不會寫入既有檔案。</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Both databases must have this program&apos;s schema %1.</source>
        <translation>兩個資料庫都必須是本程式的第 %1 版結構。</translation>
    </message>
    <message>
        <source>“%1” and “%2” do not hold the same tables.</source>
        <translation>「%1」與「%2」的資料表不一致。</translation>
    </message>
    <message>
        <source>“%1” already holds records (in %2): a copy goes only into a new, empty database.</source>
        <translation>「%1」已有紀錄（於 %2）：只能複製到新的空資料庫。</translation>
    </message>
    <message>
        <source>The copy of %1 holds %2 rows, the original %3.</source>
        <translation>%1 的複本有 %2 筆，原資料庫為 %3 筆。</translation>
    </message>
    <message>
        <source>The copy&apos;s audit trail does not end where the original&apos;s does.</source>
        <translation>複本的稽核軌跡末筆與原資料庫不同。</translation>
    </message>
</context>
<context>
    <name>DatabaseProbe</name>
    <message>
        <source>“%1” is not a file (it is a folder, a device or a pipe): choose a database file.</source>
        <translation>「%1」不是檔案（而是資料夾、裝置或管道）：請選擇資料庫檔案。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” is not an ISMS Desk database (it is not an SQLite database file).</source>
        <translation>「%1」不是 ISMS Desk 資料庫（不是 SQLite 資料庫檔案）。</translation>
    </message>
    <message>
        <source>“%1” belongs to another program (its SQLite application id is %2), not to ISMS Desk.</source>
        <translation>「%1」屬於其他程式（其 SQLite 應用程式識別碼為 %2），不是 ISMS Desk 的資料庫。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>無法開啟「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read: %2</source>
        <translation>「%1」已損毀，無法讀取：%2</translation>
    </message>
    <message>
        <source>“%1” is an empty SQLite database of another program, not an ISMS Desk one: choose another name for a new database.</source>
        <translation>「%1」是其他程式的空白 SQLite 資料庫，不是 ISMS Desk 的資料庫：新資料庫請使用其他名稱。</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>「%1」已損毀：%2</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not of ISMS Desk.</source>
        <translation>「%1」是其他程式的資料庫，不是 ISMS Desk 資料庫。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer ISMS Desk (schema %2; this program knows up to schema %3). Install the newer program to open it.</source>
        <translation>「%1」由較新版的 ISMS Desk 建立（結構版本 %2；本程式僅支援至版本 %3）。請安裝新版程式後再開啟。</translation>
    </message>
    <message>
        <source>“%1” is a read-only file: it is open for reading, and nothing can be saved into it.</source>
        <translation>「%1」是唯讀檔案：已開啟供閱覽，無法儲存任何變更。</translation>
    </message>
    <message>
        <source>“%1” is in a read-only folder: it is open for reading, and nothing can be saved into it (saving writes beside the file).</source>
        <translation>「%1」位於唯讀資料夾：已開啟供閱覽，無法儲存任何變更（儲存時須在檔案旁寫入）。</translation>
    </message>
</context>
<context>
    <name>DemoContent</name>
    <message>
        <source>The demo policy is missing from the program.</source>
        <translation>程式中缺少示範政策。</translation>
    </message>
    <message>
        <source>The demo policy lost objective %1.</source>
        <translation>示範政策缺少目標 %1。</translation>
    </message>
</context>
<context>
    <name>DialogForm</name>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>%1 (read only)</source>
        <translation>%1（唯讀）</translation>
    </message>
</context>
<context>
    <name>DocumentCode</name>
    <message>
        <source>“%1” is no document code: a code is up to 40 letters, digits, “-”, “_” and “.”, like ISMS-01-01.</source>
        <translation>「%1」不是文件編號：文件編號最多 40 個字，由文字、數字、「-」、「_」及「.」組成，例如 ISMS-01-01。</translation>
    </message>
</context>
<context>
    <name>DocumentControlCommands</name>
    <message>
        <source>Start version Y of a policy as a draft copy of version X, with the reason for the revision; its objectives carry on (editors).</source>
        <translation>以版本 X 為底稿建立政策的版本 Y 草稿，並註明修訂理由；其目標延續不變（編輯）。</translation>
    </message>
    <message>
        <source>Publish an approved version: it takes effect on its effective date (--effective, if given, must be that date), and until then the version before it stays in force (chair or administrator).</source>
        <translation>發布已核定的版本：於其生效日生效（如指定 --effective，須為該日期），在此之前前一版本仍為現行版本（主任委員或管理者）。</translation>
    </message>
    <message>
        <source>Created %1 version %2 as a draft, from version %3.</source>
        <translation>已由版本 %3 建立 %1 版本 %2 草稿。</translation>
    </message>
    <message>
        <source>Submitted %1 version %2 for review.</source>
        <translation>已將 %1 版本 %2 送審。</translation>
    </message>
    <message>
        <source>A fingerprint is 64 hexadecimal digits, or the 16 printed in groups of four.</source>
        <translation>指紋為 64 位十六進位數字，或列印的 16 位（每四位一組）。</translation>
    </message>
    <message>
        <source>Approved %1 version %2 (fingerprint %3), to take effect on %4.</source>
        <translation>已核定 %1 版本 %2（指紋 %3），自%4起生效。</translation>
    </message>
    <message>
        <source>Version %1 was approved to take effect on %2, not on %3; a new date needs a new approval.</source>
        <translation>版本 %1 核定之生效日為%2，而非%3；變更日期須重新核定。</translation>
    </message>
    <message>
        <source>%1 version %2: %3.</source>
        <translation>%1 版本 %2：%3。</translation>
    </message>
    <message>
        <source>The text of %1 version %2 has the fingerprint %3, not %4: read the text again (isms-desk show policy %1 --version %2) before approving it.</source>
        <translation>%1 版本 %2 的內文指紋為 %3，而非 %4：請先重新閱讀內文（isms-desk show policy %1 --version %2）再核定。</translation>
    </message>
    <message>
        <source>Submit a draft for review, with its effective date if given; refused, listing what is missing, unless it has all that approval needs (editors).</source>
        <translation>將草稿送審，可同時設定生效日期；若缺少核定所需的項目則拒絕並列出缺漏（編輯者）。</translation>
    </message>
    <message>
        <source>Approve a version in review in the signed-in user&apos;s name and title, as a signature: the password signs it (given again, or the same ISMS_DESK_PASSWORD), and records who approved which text (its fingerprint, printed) and when. With --fingerprint, text other than the one read is refused (chair or administrator).</source>
        <translation>以登入使用者的姓名與職稱核定審查中的版本，視同簽章：以密碼簽署（再次輸入，或沿用 ISMS_DESK_PASSWORD），並記錄何人於何時核定哪一份內容（印出其指紋）。加上 --fingerprint 時，內容與所讀不同即拒絕（召集人或系統管理者）。</translation>
    </message>
</context>
<context>
    <name>DocxReader</name>
    <message>
        <source>The Word document is damaged: its %1 is not well-formed XML (%2).</source>
        <translation>此 Word 文件已損壞：其 %1 不是格式正確的 XML（%2）。</translation>
    </message>
    <message>
        <source>“%1” is a zip archive but no Word document (it has no word/document.xml).</source>
        <translation>「%1」是壓縮檔，但不是 Word 文件（缺少 word/document.xml）。</translation>
    </message>
</context>
<context>
    <name>DrillService</name>
    <message>
        <source>A drill belongs to the first or the second half-year.</source>
        <translation>演練屬於上半年或下半年。</translation>
    </message>
    <message>
        <source>Give how many e-mails were sent.</source>
        <translation>請輸入寄送的郵件數。</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>人數不能為負數。</translation>
    </message>
    <message>
        <source>More people opened, clicked or reported than e-mails were sent.</source>
        <translation>開啟、點閱或通報的人數多於寄送的郵件數。</translation>
    </message>
    <message>
        <source>The drill&apos;s date is not in the half-year it is recorded for.</source>
        <translation>演練日期不在所登錄的半年度之內。</translation>
    </message>
    <message>
        <source>Thresholds are above 0 %.</source>
        <translation>門檻須大於 0 %。</translation>
    </message>
    <message>
        <source>A drill is recorded once it has taken place, not for a day still to come.</source>
        <translation>演練須於辦理後才能記錄，不能記錄尚未到來的日期。</translation>
    </message>
    <message>
        <source>Drills of the half-year: %1 of %2 passed</source>
        <translation>本半年度演練：%2 次中 %1 次合格</translation>
    </message>
    <message>
        <source>Drill: %1% opened, %2% clicked</source>
        <translation>演練：開啟率 %1%，點閱率 %2%</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>Planned</source>
        <translation>已規劃</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未結案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Verified effective</source>
        <translation>已驗證有效</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審查中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核定</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已發布</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>至多</translation>
    </message>
    <message>
        <source>Equal to</source>
        <translation>等於</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Internal unit</source>
        <translation>內部單位</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>委外廠商</translation>
    </message>
    <message>
        <source>Connected agency</source>
        <translation>連線作業機關</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>同仁</translation>
    </message>
    <message>
        <source>Full-time staff</source>
        <translation>正式職員</translation>
    </message>
    <message>
        <source>Contract staff</source>
        <translation>約聘雇人員</translation>
    </message>
    <message>
        <source>Technicians, janitors and drivers</source>
        <translation>技工工友駕駛</translation>
    </message>
    <message>
        <source>Temporary staff</source>
        <translation>臨時人員</translation>
    </message>
    <message>
        <source>On-site staff</source>
        <translation>駐點人員</translation>
    </message>
    <message>
        <source>Alternative-service conscripts</source>
        <translation>替代役</translation>
    </message>
    <message>
        <source>Vendor staff</source>
        <translation>委外服務廠商人員</translation>
    </message>
    <message>
        <source>Subcontractor staff</source>
        <translation>協力廠商人員</translation>
    </message>
    <message>
        <source>Connected agency staff</source>
        <translation>連線作業機關人員</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>法規命令</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <source>Objective measurement</source>
        <translation>目標量測</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>管理審查</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>內部稽核</translation>
    </message>
    <message>
        <source>Social-engineering drill</source>
        <translation>社交工程演練</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>Committee meeting</source>
        <translation>委員會會議</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>無須修訂</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>修訂</translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <translation>主要不符合事項</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <translation>次要不符合事項</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>觀察事項</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <translation>改善機會</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>教育訓練</translation>
    </message>
    <message>
        <source>Internal meeting</source>
        <translation>內部會議</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>張貼公告</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Signed sheet</source>
        <translation>簽到表</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系統管理者</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>編輯者</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>召集人</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>稽核人員</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>檢視者</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用中</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>✔ Passed</source>
        <translation>✔ 合格</translation>
    </message>
    <message>
        <source>✖ Failed</source>
        <translation>✖ 不合格</translation>
    </message>
    <message>
        <source>Never done</source>
        <translation>從未辦理</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排定</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>a) Status of actions from previous management reviews</source>
        <translation>a) 前次管理審查決議事項之處理狀態</translation>
    </message>
    <message>
        <source>b) Changes in external and internal issues</source>
        <translation>b) 與資訊安全管理系統有關之外部及內部議題之變更</translation>
    </message>
    <message>
        <source>c) Changes in the needs and expectations of interested parties</source>
        <translation>c) 利害關係人之需要及期望之變更</translation>
    </message>
    <message>
        <source>d) Nonconformities and corrective actions</source>
        <translation>d) 不符合事項及矯正措施</translation>
    </message>
    <message>
        <source>d) Monitoring and measurement results</source>
        <translation>d) 監督及量測結果</translation>
    </message>
    <message>
        <source>d) Audit results</source>
        <translation>d) 稽核結果</translation>
    </message>
    <message>
        <source>d) Fulfilment of information security objectives</source>
        <translation>d) 資訊安全目標之達成情形</translation>
    </message>
    <message>
        <source>e) Feedback from interested parties</source>
        <translation>e) 利害關係人之回饋</translation>
    </message>
    <message>
        <source>f) Results of risk assessment and status of risk treatment</source>
        <translation>f) 風險評鑑結果及風險處理計畫之狀態</translation>
    </message>
    <message>
        <source>g) Opportunities for continual improvement</source>
        <translation>g) 持續改善之機會</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>其他事項</translation>
    </message>
    <message>
        <source>Confirmed in person</source>
        <translation>當面確認</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <source>Compliance check</source>
        <translation>法令遵循查核</translation>
    </message>
    <message>
        <source>Senior management at management reviews</source>
        <translation>高階主管出席管理審查會議</translation>
    </message>
    <message>
        <source>Corrective actions closed by their due date</source>
        <translation>矯正措施如期完成</translation>
    </message>
    <message>
        <source>Unresolved findings of compliance checks</source>
        <translation>法令遵循查核未改善缺失</translation>
    </message>
    <message>
        <source>Availability of the core systems</source>
        <translation>核心資通系統可用率</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>上班日</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Planned (maintenance)</source>
        <translation>計畫性（維護）</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>非計畫性</translation>
    </message>
    <message>
        <source>Staff who had the training they must have</source>
        <translation>完成應受資安教育訓練時數之同仁比率</translation>
    </message>
    <message>
        <source>General (通識)</source>
        <translation>通識</translation>
    </message>
    <message>
        <source>Professional (專業)</source>
        <translation>專業</translation>
    </message>
    <message>
        <source>Everyone on the staff</source>
        <translation>全體同仁</translation>
    </message>
    <message>
        <source>Security staff</source>
        <translation>資通安全專職（責）人員</translation>
    </message>
    <message>
        <source>Holders of a role</source>
        <translation>特定角色之擔任者</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已達成</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>未達成</translation>
    </message>
    <message>
        <source>None required</source>
        <translation>毋須受訓</translation>
    </message>
    <message>
        <source>Applies (the agency&apos;s level)</source>
        <translation>適用（本機關等級）</translation>
    </message>
    <message>
        <source>Another level</source>
        <translation>其他等級</translation>
    </message>
    <message>
        <source>Incidents of unauthorised access or alteration</source>
        <translation>未經授權存取或竄改事件數</translation>
    </message>
    <message>
        <source>Incidents reported within the deadline</source>
        <translation>資安事件於規定時限內通報比率</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>資安事件</translation>
    </message>
    <message>
        <source>Security weakness</source>
        <translation>資安弱點</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Unauthorised access</source>
        <translation>未經授權存取</translation>
    </message>
    <message>
        <source>Unauthorised alteration</source>
        <translation>未經授權竄改</translation>
    </message>
    <message>
        <source>Data leak</source>
        <translation>資料外洩</translation>
    </message>
    <message>
        <source>Malware</source>
        <translation>惡意程式</translation>
    </message>
    <message>
        <source>Denial of service</source>
        <translation>阻斷服務</translation>
    </message>
    <message>
        <source>Social engineering</source>
        <translation>社交工程</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>計時中</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未起算</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Saved %1. &lt;a href=&quot;%2&quot;&gt;Open folder&lt;/a&gt;</source>
        <translation>已儲存 %1。&lt;a href=&quot;%2&quot;&gt;開啟資料夾&lt;/a&gt;</translation>
    </message>
    <message>
        <source>ROC %1</source>
        <translation>民國%1年</translation>
    </message>
    <message>
        <source>The export is not on the audit trail: %1</source>
        <translation>此次匯出未記入稽核軌跡：%1</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名稱</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>順序</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐證</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>稽核軌跡筆數</translation>
    </message>
    <message>
        <source>Audit trail head</source>
        <translation>稽核軌跡末筆雜湊值</translation>
    </message>
    <message>
        <source>Audit trail entry</source>
        <translation>稽核軌跡筆次</translation>
    </message>
    <message>
        <source>In the register of backups</source>
        <translation>登錄於備份清冊</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上級單位</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>政策版本</translation>
    </message>
    <message>
        <source>Policy section</source>
        <translation>政策章節</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>預定完成日</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>What was exported</source>
        <translation>匯出內容</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>單位類別</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Scope category</source>
        <translation>適用對象類別</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>到職日</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>離職日</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>安全等級</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機關名稱</translation>
    </message>
    <message>
        <source>Organisation (English)</source>
        <translation>機關英文名稱</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>注意事項</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>修訂摘要</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>狀態變更時間</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>說明理由</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>核定者</translation>
    </message>
    <message>
        <source>Approver&apos;s title</source>
        <translation>核定者職稱</translation>
    </message>
    <message>
        <source>Approver&apos;s role</source>
        <translation>核定者角色</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>核定時間</translation>
    </message>
    <message>
        <source>Fingerprint of the approved text</source>
        <translation>核定內容指紋</translation>
    </message>
    <message>
        <source>Under section</source>
        <translation>上層章節</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Law or regulation</source>
        <translation>法規</translation>
    </message>
    <message>
        <source>One in each unit</source>
        <translation>各單位各設一人</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期間起</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>期間迄</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>量測人員</translation>
    </message>
    <message>
        <source>From the drill</source>
        <translation>來自演練</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>會議類別</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>召集人</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>會議紀錄</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決議</translation>
    </message>
    <message>
        <source>Plan year</source>
        <translation>計畫年度</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>所需資源</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>評估方式</translation>
    </message>
    <message>
        <source>Measured result</source>
        <translation>量測結果</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>取消理由</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>進度（%）</translation>
    </message>
    <message>
        <source>Reason the due date is outside the year</source>
        <translation>預定完成日不在計畫年度內之理由</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>審查類別</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>審查對象</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>週期（月）</translation>
    </message>
    <message>
        <source>Also when</source>
        <translation>其他觸發條件</translation>
    </message>
    <message>
        <source>Due soon (days before)</source>
        <translation>提前提醒（天）</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>上次辦理</translation>
    </message>
    <message>
        <source>Review cycle</source>
        <translation>審查週期</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>審查人員</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>稽核範圍</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>稽核人員</translation>
    </message>
    <message>
        <source>Auditees</source>
        <translation>受稽核者</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>稽核</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>條文</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>稽核發現</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>矯正措施</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>驗證日期</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>驗證人員</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>驗證結果</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半年度</translation>
    </message>
    <message>
        <source>E-mails sent</source>
        <translation>寄送郵件數</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開啟數</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>點閱數</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>通報數</translation>
    </message>
    <message>
        <source>Open-rate limit (%)</source>
        <translation>開啟率上限（%）</translation>
    </message>
    <message>
        <source>Click-rate limit (%)</source>
        <translation>點閱率上限（%）</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>宣導方式</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>宣導資料</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>確認日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>確認方式</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>登入失敗次數</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>鎖定至</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>備份時間</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（位元組）</translation>
    </message>
    <message>
        <source>Taken automatically</source>
        <translation>自動備份</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>份數編號</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>發行日</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>繳回日</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>銷毀日</translation>
    </message>
    <message>
        <source>Review input</source>
        <translation>審查輸入事項</translation>
    </message>
    <message>
        <source>Prepared text</source>
        <translation>準備資料</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>工作項目</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>責任</translation>
    </message>
    <message>
        <source>Assignment (R, A, C, I)</source>
        <translation>權責（R、A、C、I）</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>宣導活動</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>衡量指標</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>計量單位</translation>
    </message>
    <message>
        <source>Met when the value is</source>
        <translation>達成條件</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標值</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>量測頻率</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>負責角色</translation>
    </message>
    <message>
        <source>Measured by the drills</source>
        <translation>由演練量測</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>備份檔</translation>
    </message>
    <message>
        <source>Other field (%1)</source>
        <translation>其他欄位（%1）</translation>
    </message>
    <message>
        <source>Section numbering</source>
        <translation>節次編號</translation>
    </message>
    <message>
        <source>Revision history before the program</source>
        <translation>納入本系統前的修訂紀錄</translation>
    </message>
    <message>
        <source>Section numbering as imported</source>
        <translation>匯入時的節次編號</translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation>計算依據</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>量測結果</translation>
    </message>
    <message>
        <source>Kind of audit</source>
        <translation>稽核類別</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>結案日期</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Senior management roles</source>
        <translation>高階主管角色</translation>
    </message>
    <message>
        <source>Core systems watched</source>
        <translation>納入衡量之核心系統</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Served on working days only</source>
        <translation>僅上班日提供服務</translation>
    </message>
    <message>
        <source>Service from</source>
        <translation>服務時間起</translation>
    </message>
    <message>
        <source>Service until</source>
        <translation>服務時間迄</translation>
    </message>
    <message>
        <source>Availability target (%)</source>
        <translation>可用率目標值（%）</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Under the register from</source>
        <translation>納管日期</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計畫性</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>辦理日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時數</translation>
    </message>
    <message>
        <source>Kind of training</source>
        <translation>訓練類別</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>辦理單位</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>訓練場次</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>出席時數</translation>
    </message>
    <message>
        <source>Responsibility level</source>
        <translation>資通安全責任等級</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>適用對象</translation>
    </message>
    <message>
        <source>Person category</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <source>Hours a year</source>
        <translation>每年時數</translation>
    </message>
    <message>
        <source>Reporting deadline (hours)</source>
        <translation>通報時限（小時）</translation>
    </message>
    <message>
        <source>Recovery deadline, levels 1–2 (hours)</source>
        <translation>第 1、2 級損害控制或復原時限（小時）</translation>
    </message>
    <message>
        <source>Recovery deadline, levels 3–4 (hours)</source>
        <translation>第 3、4 級損害控制或復原時限（小時）</translation>
    </message>
    <message>
        <source>Investigation report (months after recovery)</source>
        <translation>調查報告（復原後月數）</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件摘要</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Became known</source>
        <translation>知悉時間</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>通報對象</translation>
    </message>
    <message>
        <source>Damage contained</source>
        <translation>完成損害控制</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>完成復原</translation>
    </message>
    <message>
        <source>Investigation report sent</source>
        <translation>送交調查處理報告</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>通報人</translation>
    </message>
    <message>
        <source>Core system</source>
        <translation>核心資通系統</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>資安事件</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
</context>
<context>
    <name>Grant</name>
    <message>
        <source>The permission to %1 does not cover changing a %2: the change was not made.</source>
        <translation>「%1」的權限不包含變更%2，此變更未執行。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>IncidentClock</name>
    <message>
        <source>Report</source>
        <translation>通報</translation>
    </message>
    <message>
        <source>Damage control or recovery</source>
        <translation>損害控制或復原</translation>
    </message>
    <message>
        <source>Investigation report</source>
        <translation>調查處理報告</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小時</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>starts on recovery</source>
        <translation>復原後起算</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩 %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>如期</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>逾時 %1</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Became known</source>
        <translation>知悉時間</translation>
    </message>
    <message>
        <source>Kind and level</source>
        <translation>類別及等級</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件摘要</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>通報</translation>
    </message>
    <message>
        <source>Damage control or recovery</source>
        <translation>損害控制或復原</translation>
    </message>
    <message>
        <source>Investigation report</source>
        <translation>調查處理報告</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Security incidents and weaknesses %1</source>
        <translation>%1資安事件及弱點通報紀錄</translation>
    </message>
    <message>
        <source>Objectives 4 and 7: the incident register with its deadlines</source>
        <translation>目標四及目標七：資安事件登錄及各項時限</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1; done %2, %3</source>
        <translation>%1；完成 %2，%3</translation>
    </message>
    <message>
        <source>%1, level %2</source>
        <translation>%1，第 %2 級</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1; reported to %2</source>
        <translation>%1；通報：%2</translation>
    </message>
    <message numerus="yes">
        <source>Each incident is held to the deadlines in force when it was recorded. Today&apos;s: report within %1 hours of becoming known; damage control or recovery within %2 hours (levels 1–2) or %3 hours (levels 3–4); the investigation report within %n month(s) of recovery.</source>
        <translation>
            <numerusform>各事件依登錄時之時限判定。現行時限：知悉後 %1 小時內通報；第 1、2 級於 %2 小時內、第 3、4 級於 %3 小時內完成損害控制或復原；復原後 %n 個月內送交調查處理報告。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>Say in a few words what happened.</source>
        <translation>請簡述發生的事件。</translation>
    </message>
    <message>
        <source>Choose the incident&apos;s level, 1 to 4.</source>
        <translation>請選擇事件等級（1 至 4 級）。</translation>
    </message>
    <message>
        <source>Choose the kind of incident.</source>
        <translation>請選擇事件類別。</translation>
    </message>
    <message>
        <source>Give when it became known.</source>
        <translation>請填寫知悉時間。</translation>
    </message>
    <message>
        <source>It became known at a moment still to come.</source>
        <translation>知悉時間不能是未來的時間。</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>通報</translation>
    </message>
    <message>
        <source>contained</source>
        <translation>完成損害控制</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>完成復原</translation>
    </message>
    <message>
        <source>investigated</source>
        <translation>送交調查報告</translation>
    </message>
    <message>
        <source>It cannot have been %1 before it became known.</source>
        <translation>不能在知悉之前%1。</translation>
    </message>
    <message>
        <source>It is marked %1 at a moment still to come.</source>
        <translation>%1時間不能是未來的時間。</translation>
    </message>
    <message>
        <source>Say to whom it was reported (e.g. the competent authority&apos;s reporting platform).</source>
        <translation>請填寫通報對象（例如主管機關之通報平台）。</translation>
    </message>
    <message>
        <source>The investigation report follows damage control or recovery: give that first.</source>
        <translation>調查處理報告在損害控制或復原之後，請先填寫該時間。</translation>
    </message>
    <message>
        <source>The person chosen no longer exists.</source>
        <translation>所選人員已不存在。</translation>
    </message>
    <message>
        <source>The core system chosen no longer exists.</source>
        <translation>所選核心資通系統已不存在。</translation>
    </message>
    <message>
        <source>That incident no longer exists.</source>
        <translation>該事件已不存在。</translation>
    </message>
    <message>
        <source>Choose a corrective action that exists.</source>
        <translation>請選擇存在的矯正措施。</translation>
    </message>
    <message>
        <source>That corrective action is already linked to the incident.</source>
        <translation>該矯正措施已連結至此事件。</translation>
    </message>
    <message>
        <source>A deadline is a number of hours above 0 and at most 720 (30 days).</source>
        <translation>時限須為大於 0 且不超過 720（30 天）的小時數。</translation>
    </message>
    <message>
        <source>The investigation report is due 1 to 12 months after recovery.</source>
        <translation>調查處理報告期限須為復原後 1 至 12 個月。</translation>
    </message>
    <message>
        <source>An incident is closed once it has been reported, its damage is under control or service recovered, and the investigation report has been sent.</source>
        <translation>事件須已通報、完成損害控制或復原，並已送交調查處理報告，才能結案。</translation>
    </message>
    <message>
        <source>Levels 3–4 are the graver: their deadline cannot be longer than levels 1–2&apos;s.</source>
        <translation>第 3、4 級較嚴重，其時限不能長於第 1、2 級。</translation>
    </message>
</context>
<context>
    <name>IndicatorComputer</name>
    <message>
        <source>No management review was held in the period.</source>
        <translation>期間內未召開管理審查會議。</translation>
    </message>
    <message numerus="yes">
        <source>%n management review(s) held, but nobody held the chosen roles on the day.</source>
        <translation>
            <numerusform>召開 %n 次管理審查會議，但會議當日無人擔任所選角色。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n management review(s): %1 of %2 attendances of senior management.</source>
        <translation>
            <numerusform>管理審查會議 %n 次：高階主管應出席 %2 人次，實際出席 %1 人次。</numerusform>
        </translation>
    </message>
    <message>
        <source>No corrective action was due in the period.</source>
        <translation>期間內沒有到期的矯正措施。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n corrective action(s) due in the period done by the due date.</source>
        <translation>
            <numerusform>期間內到期之矯正措施 %n 項，如期完成 %1 項。</numerusform>
        </translation>
    </message>
    <message>
        <source>No compliance check has been recorded yet.</source>
        <translation>尚未登錄任何法令遵循查核。</translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved nonconformity(ies) from %1 compliance check(s).</source>
        <translation>
            <numerusform>%1 次法令遵循查核，尚有 %n 項不符合事項未改善。</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen core systems had no service time in the period yet.</source>
        <translation>所選核心系統於期間內尚無服務時間。</translation>
    </message>
    <message>
        <source>%1: availability of its service hours.</source>
        <translation>%1：服務時間之可用率。</translation>
    </message>
    <message numerus="yes">
        <source>The lowest of %n system(s): %1.</source>
        <translation>
            <numerusform>%n 個系統中最低者：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on the staff must have security training under the requirements.</source>
        <translation>依訓練時數規定，目前無同仁須接受資安教育訓練。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people who must have security training had the hours required.</source>
        <translation>
            <numerusform>應受資安教育訓練之 %n 人中，%1 人已完成規定時數。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) of unauthorised access or alteration became known in the period.</source>
        <translation>
            <numerusform>本期間知悉 %n 件未經授權存取或竄改事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident to judge: none became known in the period, or its reporting deadline has not passed.</source>
        <translation>無可判定之事件：本期間未知悉事件，或其通報時限尚未屆滿。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n incident(s) reported within the deadline.</source>
        <translation>
            <numerusform>%n 件事件中，%1 件於時限內通報。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorSource</name>
    <message>
        <source>Entered by hand</source>
        <translation>人工登錄</translation>
    </message>
    <message>
        <source>Social-engineering drills</source>
        <translation>社交工程演練</translation>
    </message>
    <message>
        <source>Senior management at management reviews</source>
        <translation>高階主管出席管理審查會議</translation>
    </message>
    <message>
        <source>Corrective actions closed by their due date</source>
        <translation>矯正措施如期完成</translation>
    </message>
    <message>
        <source>Unresolved findings of compliance checks</source>
        <translation>法令遵循查核未改善缺失</translation>
    </message>
    <message>
        <source>Each period&apos;s value is recorded by hand, with its evidence.</source>
        <translation>每期數值由人工登錄，並附佐證。</translation>
    </message>
    <message>
        <source>Each half-year is 1 when every drill of it passed, 0 otherwise; recording a drill records it.</source>
        <translation>每半年度之演練全數合格為 1，否則為 0；登錄演練時自動記錄。</translation>
    </message>
    <message>
        <source>The share of the people holding the chosen roles on a management review&apos;s day who attended it, over the reviews held in the period.</source>
        <translation>期間內召開之管理審查會議，會議當日擔任所選角色者實際出席的比率。</translation>
    </message>
    <message>
        <source>The share of the corrective actions due in the period that were done by their due date; an action counts once its due date has passed or it is done.</source>
        <translation>期間內到期之矯正措施於期限內完成的比率；矯正措施於期限已過或已完成時才列入計算。</translation>
    </message>
    <message>
        <source>The nonconformities (major and minor) of compliance checks still unresolved at the period&apos;s end; no value until a compliance check has been recorded.</source>
        <translation>期末仍未改善之法令遵循查核不符合事項（主要及次要）件數；尚未登錄法令遵循查核時無數值。</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Availability of the core systems</source>
        <translation>核心資通系統可用率</translation>
    </message>
    <message>
        <source>The share of the chosen core systems&apos; service hours not lost to unplanned outages; with several systems, the lowest of them.</source>
        <translation>所選核心系統服務時間中未因非計畫性中斷而損失的比率；多個系統時取其最低者。</translation>
    </message>
    <message>
        <source>Staff who had the training they must have</source>
        <translation>完成應受資安教育訓練時數之同仁比率</translation>
    </message>
    <message>
        <source>The share of the people on the staff at the year&apos;s end (today, for the running year) who must have security training who had the hours of each kind their requirements ask; measured yearly.</source>
        <translation>年底（進行中之年度為今日）在職且應受資安教育訓練之同仁中，各類別時數均達規定者之比率；按年量測。</translation>
    </message>
    <message>
        <source>Incidents of unauthorised access or alteration</source>
        <translation>未經授權存取或竄改事件數</translation>
    </message>
    <message>
        <source>Incidents reported within the deadline</source>
        <translation>資安事件於規定時限內通報比率</translation>
    </message>
    <message>
        <source>The security incidents of unauthorised access or alteration that became known in the period.</source>
        <translation>本期間知悉之未經授權存取或竄改資安事件件數。</translation>
    </message>
    <message>
        <source>Of the security incidents that became known in the period, the share reported within the reporting deadline; an incident counts once it is reported or its deadline has passed.</source>
        <translation>本期間知悉之資安事件中，於通報時限內通報者之比率；事件於通報後或通報時限屆滿後列入計算。</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>件</translation>
    </message>
</context>
<context>
    <name>JournaledText</name>
    <message numerus="yes">
        <source>%n character(s) no font has, printed as �: %1.</source>
        <translation>
            <numerusform>有 %n 個字元沒有字型可印，已印成 �：%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCatalog</name>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Organisation units</source>
        <translation>組織單位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名稱</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上級單位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Scope category</source>
        <translation>適用範圍類別</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Active to</source>
        <translation>結束日</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>職責</translation>
    </message>
    <message>
        <source>People holding it today</source>
        <translation>目前擔任人數</translation>
    </message>
    <message>
        <source>Role assignments</source>
        <translation>角色指派</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>迄</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>權責</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>政策版本</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>責任</translation>
    </message>
    <message>
        <source>Laws, regulations and standards</source>
        <translation>法規與標準依據</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>適用範圍</translation>
    </message>
    <message>
        <source>Who or what is covered</source>
        <translation>適用對象</translation>
    </message>
    <message>
        <source>Policy statements</source>
        <translation>政策聲明</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>聲明</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>衡量指標</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>判定方式</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標值</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>量測頻率</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>負責人員</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>量測結果</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期間起</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>期間迄</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>量測值</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>量測人員</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐證</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>年度行動計畫</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>所需資源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人員</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>預計完成日</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>評估方式</translation>
    </message>
    <message>
        <source>Measured result</source>
        <translation>量測結果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>進度（%）</translation>
    </message>
    <message>
        <source>Review cycles</source>
        <translation>審查週期</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>審查對象</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>週期（月）</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>上次辦理</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>提前提醒（天）</translation>
    </message>
    <message>
        <source>Also when</source>
        <translation>其他觸發條件</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>審查</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>審查人員</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>召集人</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>稽核人員</translation>
    </message>
    <message>
        <source>Auditees</source>
        <translation>受稽核者</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>稽核發現</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>稽核</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>條文</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>矯正措施</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>稽核發現</translation>
    </message>
    <message>
        <source>Social-engineering drills</source>
        <translation>社交工程演練</translation>
    </message>
    <message>
        <source>Half</source>
        <translation>半年度</translation>
    </message>
    <message>
        <source>E-mails sent</source>
        <translation>寄送郵件數</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開啟數</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>點閱數</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>通報數</translation>
    </message>
    <message>
        <source>Open rate %</source>
        <translation>開啟率（%）</translation>
    </message>
    <message>
        <source>Click rate %</source>
        <translation>點閱率（%）</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>公布與傳達</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>閱讀確認</translation>
    </message>
    <message>
        <source>How</source>
        <translation>確認方式</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>紀錄類別</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>雜湊值</translation>
    </message>
    <message>
        <source>There is no list called %1.</source>
        <translation>沒有名為 %1 的清單。</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>使用者帳號</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號狀態</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>登入失敗次數</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>位元組</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Audit trail head</source>
        <translation>稽核軌跡末筆雜湊值</translation>
    </message>
    <message>
        <source>Taken how</source>
        <translation>產生方式</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>矯正措施</translation>
    </message>
    <message>
        <source>Controlled copies</source>
        <translation>受控文件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>份數編號</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>發行日</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>繳回日</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>銷毀日</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Owner&apos;s role</source>
        <translation>負責人員角色</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a person&apos;s job title</comment>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席人數</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決議</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項次</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>議程項目</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>準備資料</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>會議紀錄</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Since version</source>
        <translation>自版本</translation>
    </message>
    <message>
        <source>Last in version</source>
        <translation>最後版本</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>鎖定至</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>備份時間</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Old values (as stored)</source>
        <translation>原內容（儲存格式）</translation>
    </message>
    <message>
        <source>New values (as stored)</source>
        <translation>新內容（儲存格式）</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>異動內容</translation>
    </message>
    <message>
        <source>Action (as stored)</source>
        <translation>動作（儲存格式）</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>紀錄編號</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>依據紀錄</translation>
    </message>
    <message>
        <source>Audits and compliance checks</source>
        <translation>稽核及法令遵循查核</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
</context>
<context>
    <name>MeasuredLists</name>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Records the measurement was computed from</source>
        <translation>量測結果之依據紀錄</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Done or closed on</source>
        <translation>完成或結案日期</translation>
    </message>
    <message>
        <source>Core systems</source>
        <translation>核心資通系統</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>服務日</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>服務時間</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>目標值（%）</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>服務中斷</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Incidents and weaknesses</source>
        <translation>資安事件及弱點</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件摘要</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>知悉</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>通報</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>通報對象</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>損害控制</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Investigation report</source>
        <translation>調查報告</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>通報人</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>矯正措施</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Incident or weakness</source>
        <translation>事件或弱點</translation>
    </message>
</context>
<context>
    <name>MeetingBrief</name>
    <message>
        <source>That meeting no longer exists.</source>
        <translation>該會議已不存在。</translation>
    </message>
    <message>
        <source>No earlier meeting of this kind is on record.</source>
        <translation>沒有同類的前次會議紀錄。</translation>
    </message>
    <message>
        <source>The previous meeting set no follow-up actions.</source>
        <translation>前次會議未列追蹤事項。</translation>
    </message>
    <message>
        <source>%1 — %2, due %3: %4 (%5%)</source>
        <translation>%1 — %2，期限 %3：%4（%5%）</translation>
    </message>
    <message numerus="yes">
        <source>Open findings: %n</source>
        <translation>
            <numerusform>未結案稽核發現：%n 項</numerusform>
        </translation>
    </message>
    <message>
        <source>no corrective action yet</source>
        <translation>尚無矯正措施</translation>
    </message>
    <message>
        <source>%1 (%2, due %3, %4)</source>
        <translation>%1（%2，期限 %3，%4）</translation>
    </message>
    <message>
        <source>%1 %2 — %3; %4</source>
        <translation>%1 %2 — %3；%4</translation>
    </message>
    <message numerus="yes">
        <source>Overdue actions on %1: %n</source>
        <translation>
            <numerusform>截至%1逾期事項：%n 項</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, due %3 (%4)</source>
        <translation>%1 — %2，期限 %3（%4）</translation>
    </message>
    <message>
        <source>Objective %1, %2: not measured this year</source>
        <translation>目標 %1，%2：本年度尚未量測</translation>
    </message>
    <message>
        <source>No internal audit in the twelve months before the meeting.</source>
        <translation>會議前十二個月內未辦理內部稽核。</translation>
    </message>
    <message>
        <source>%1 (%2 – %3): %4 finding(s), %5 nonconformity(ies), %6 still open</source>
        <translation>%1（%2 – %3）：稽核發現 %4 項，不符合事項 %5 項，尚未結案 %6 項</translation>
    </message>
    <message>
        <source>no indicator yet</source>
        <translation>尚未訂定指標</translation>
    </message>
    <message>
        <source>no measurement</source>
        <translation>尚無量測</translation>
    </message>
    <message>
        <source>Objective %1: %2 — %3; latest %4; %5; action items done %6 of %7</source>
        <translation>目標 %1：%2 — %3；最近量測 %4；%5；待辦事項完成 %6／%7 項</translation>
    </message>
    <message>
        <source>No policy in force has objectives.</source>
        <translation>現行政策未訂有目標。</translation>
    </message>
    <message numerus="yes">
        <source>Objective %1, %2: %3 (period ending %4), %n measurement(s) this year</source>
        <translation>
            <numerusform>目標 %1，%2：%3（量測期間迄 %4），本年度量測 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Social-engineering drill %1 H%2: opened %3%, clicked %4% — %5</source>
        <translation>社交工程演練 %1 年第 %2 半年：開啟率 %3%，點閱率 %4% — %5</translation>
    </message>
</context>
<context>
    <name>MeetingPackReport</name>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>地點：%1</translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation>主席：%1</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>出席人員：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Prepared on %1 from the records of ISMS Desk.</source>
        <translation>本資料於%1由 ISMS Desk 紀錄產生。</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>No agenda items yet.</source>
        <translation>尚無議程項目。</translation>
    </message>
    <message>
        <source>Objective effectiveness %1 (%2)</source>
        <translation>目標有效性 %1（%2）</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>未結案稽核發現</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>稽核</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>條文</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>稽核發現</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>矯正措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人員</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation>尚無措施</translation>
    </message>
    <message>
        <source>No finding is open.</source>
        <translation>沒有未結案的稽核發現。</translation>
    </message>
    <message>
        <source>Overdue actions on %1</source>
        <translation>截至%1之逾期事項</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>沒有逾期事項。</translation>
    </message>
    <message>
        <source>Measured result</source>
        <translation>量測結果</translation>
    </message>
    <message>
        <source>Follow-ups of the previous meeting</source>
        <translation>前次會議追蹤事項</translation>
    </message>
    <message>
        <source>No earlier meeting of this kind is on record.</source>
        <translation>沒有同類的前次會議紀錄。</translation>
    </message>
    <message>
        <source>The previous meeting set no follow-up actions.</source>
        <translation>前次會議未列追蹤事項。</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>會議紀錄</translation>
    </message>
    <message>
        <source>(nothing minuted)</source>
        <translation>（無紀錄）</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決議</translation>
    </message>
    <message>
        <source>No decisions recorded.</source>
        <translation>未登錄決議。</translation>
    </message>
    <message>
        <source>Follow-up actions set by this meeting</source>
        <translation>本次會議決議之追蹤事項</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>Attendees&apos; signatures</source>
        <translation>出席人員簽名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit and title</source>
        <translation>單位及職稱</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Meeting pack — %1, %2</source>
        <translation>會議資料 — %1，%2</translation>
    </message>
</context>
<context>
    <name>MeetingService</name>
    <message>
        <source>Choose the kind of meeting.</source>
        <translation>請選擇會議類別。</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>請輸入會議名稱。</translation>
    </message>
    <message>
        <source>Give the day of the meeting.</source>
        <translation>請輸入會議日期。</translation>
    </message>
    <message>
        <source>Name the chair of the meeting.</source>
        <translation>請指定會議主席。</translation>
    </message>
    <message>
        <source>An attendee is no longer on record.</source>
        <translation>有出席人員已不在人員名冊中。</translation>
    </message>
    <message>
        <source>That meeting no longer exists.</source>
        <translation>該會議已不存在。</translation>
    </message>
    <message>
        <source>Give the agenda item a title.</source>
        <translation>請輸入議程項目名稱。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Schema file %1 is missing from the program.</source>
        <translation>程式中缺少資料庫結構檔 %1。</translation>
    </message>
    <message>
        <source>Cannot start the schema update.</source>
        <translation>無法開始更新資料庫結構。</translation>
    </message>
    <message>
        <source>Schema update %1 failed: %2</source>
        <translation>資料庫結構更新 %1 失敗：%2</translation>
    </message>
    <message>
        <source>a record would link to one that does not exist</source>
        <translation>有紀錄將連結至不存在的紀錄</translation>
    </message>
</context>
<context>
    <name>NumberingScheme</name>
    <message>
        <source>(unnumbered)</source>
        <translation>（不編號）</translation>
    </message>
    <message>
        <source>%1 (numbered on through the document)</source>
        <translation>%1（全文連續編號）</translation>
    </message>
</context>
<context>
    <name>ObjectiveService</name>
    <message>
        <source>That objective no longer exists.</source>
        <translation>該目標已不存在。</translation>
    </message>
    <message>
        <source>Give the period the measurement covers.</source>
        <translation>請輸入量測涵蓋的期間。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期間的結束日早於開始日。</translation>
    </message>
    <message>
        <source>A period that has not ended yet cannot be measured.</source>
        <translation>尚未結束的期間不能量測。</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>量測值必須是數字。</translation>
    </message>
    <message>
        <source>Name the indicator that measures the objective.</source>
        <translation>請填寫衡量此目標的指標名稱。</translation>
    </message>
    <message>
        <source>Choose whether the value must be at least, at most or equal to the target.</source>
        <translation>請選擇量測值須至少、至多或等於目標值。</translation>
    </message>
    <message>
        <source>Choose how often it is measured.</source>
        <translation>請選擇量測頻率。</translation>
    </message>
    <message>
        <source>The target must be a number.</source>
        <translation>目標值必須是數字。</translation>
    </message>
    <message>
        <source>Set the objective&apos;s indicator (what is measured, and its target) before recording a measurement.</source>
        <translation>請先設定此目標的衡量指標（量測什麼及目標值），再記錄量測值。</translation>
    </message>
    <message>
        <source>Choose where the indicator&apos;s values come from.</source>
        <translation>請選擇衡量指標數值的來源。</translation>
    </message>
    <message>
        <source>One of the chosen roles no longer exists; choose the roles again.</source>
        <translation>所選角色中有已不存在者，請重新選擇角色。</translation>
    </message>
    <message>
        <source>Choose the roles that are senior management, whose attendance is counted.</source>
        <translation>請選擇屬於高階主管的角色，以計算其出席情形。</translation>
    </message>
    <message>
        <source>This objective is computed from the records (%1): its value is recorded at each period&apos;s end, not typed in. Correct the records it counts instead.</source>
        <translation>此目標依紀錄計算（%1）：每期結束時自動記錄數值，不以人工登錄。如有錯誤，請更正其計算所依據的紀錄。</translation>
    </message>
    <message>
        <source>One of the chosen core systems no longer exists; choose them again.</source>
        <translation>所選核心系統中有已不存在者，請重新選擇。</translation>
    </message>
    <message>
        <source>Choose the core systems whose availability is measured.</source>
        <translation>請選擇要衡量可用率的核心系統。</translation>
    </message>
    <message>
        <source>Training against the hours required a year is measured yearly.</source>
        <translation>教育訓練依每年應受時數計算，須按年量測。</translation>
    </message>
</context>
<context>
    <name>ObjectiveStatus</name>
    <message>
        <source>No data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有風險</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未達成</translation>
    </message>
</context>
<context>
    <name>OdtReader</name>
    <message>
        <source>The OpenDocument text is damaged: it is not well-formed XML (%1).</source>
        <translation>此 OpenDocument 文字檔已損壞：不是格式正確的 XML（%1）。</translation>
    </message>
    <message>
        <source>“%1” is a zip archive but no OpenDocument text (it has no content.xml).</source>
        <translation>「%1」是壓縮檔，但不是 OpenDocument 文字檔（缺少 content.xml）。</translation>
    </message>
</context>
<context>
    <name>OrganisationReports</name>
    <message>
        <source>R = Responsible (does the work), A = Accountable (answers for it; exactly one per activity), C = Consulted, I = Informed.</source>
        <translation>R＝執行（負責辦理），A＝權責（最終負責；每項工作恰有一個），C＝諮詢，I＝知會。</translation>
    </message>
    <message>
        <source>Every activity has exactly one A and at least one R.</source>
        <translation>每項工作皆恰有一個 A，且至少有一個 R。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>工作項目</translation>
    </message>
    <message>
        <source>Responsibilities (RACI)</source>
        <translation>權責分工（RACI）</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>資料日期：%1</translation>
    </message>
    <message>
        <source>%1 version %2 — %3</source>
        <translation>%1 第 %2 版－%3</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>內容指紋：%1</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>所有單位</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>單位：%1</translation>
    </message>
    <message>
        <source>By signing I confirm that I have received and read this version of the policy.</source>
        <translation>本人簽名確認已收到並閱讀本版政策。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a person&apos;s job title</comment>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Scope category</source>
        <translation>適用範圍類別</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Nobody in this unit is in the version&apos;s audience.</source>
        <translation>此單位沒有人員屬於此版本的宣導對象。</translation>
    </message>
    <message>
        <source>Policy acknowledgement sign-in sheet</source>
        <translation>政策閱讀確認簽到表</translation>
    </message>
    <message>
        <source>%1 — printed %2</source>
        <translation>%1－列印日期 %2</translation>
    </message>
    <message>
        <source>Acknowledged by %1 of %2 (%3%).</source>
        <translation>已確認 %1／%2 人（%3%）。</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>No communication recorded yet; the audience is everyone active.</source>
        <translation>尚未登錄宣導活動；宣導對象為所有在職人員。</translation>
    </message>
    <message>
        <source>Communicated:</source>
        <translation>宣導紀錄：</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>宣導對象</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>涵蓋率</translation>
    </message>
    <message>
        <source>Coverage by unit</source>
        <translation>各單位涵蓋率</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Coverage by scope category</source>
        <translation>各適用對象類別涵蓋率</translation>
    </message>
    <message>
        <source>Not yet acknowledged</source>
        <translation>尚未確認</translation>
    </message>
    <message>
        <source>Everyone in the audience has acknowledged this version.</source>
        <translation>宣導對象皆已確認此版本。</translation>
    </message>
    <message>
        <source>Policy acknowledgements</source>
        <translation>政策閱讀確認</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>Unit %1 does not exist.</source>
        <translation>單位 %1 不存在。</translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation>請填寫單位名稱。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of unit.</source>
        <translation>「%1」不是單位種類。</translation>
    </message>
    <message>
        <source>The unit it is to be part of does not exist.</source>
        <translation>所屬的上層單位不存在。</translation>
    </message>
    <message>
        <source>“%1” cannot be moved into itself or into a unit below it.</source>
        <translation>「%1」不能移到自己或其下層單位之下。</translation>
    </message>
    <message>
        <source>units below it</source>
        <translation>下層單位</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>role assignments</source>
        <translation>角色指派</translation>
    </message>
    <message>
        <source>drills</source>
        <translation>演練</translation>
    </message>
    <message>
        <source>communication audiences</source>
        <translation>宣導對象</translation>
    </message>
    <message>
        <source>“%1” cannot be removed while it has %2. Move or end them first.</source>
        <translation>「%1」仍有%2，無法刪除。請先移轉或結束。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PasswordSource</name>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
</context>
<context>
    <name>PdfTextReader</name>
    <message>
        <source>This program was built without reading PDF files.</source>
        <translation>本程式建置時未包含讀取 PDF 的功能。</translation>
    </message>
</context>
<context>
    <name>PdfWords</name>
    <message>
        <source>“%1” is not a PDF that can be read (it is damaged).</source>
        <translation>「%1」不是可讀取的 PDF（檔案已損壞）。</translation>
    </message>
    <message>
        <source>“%1” is encrypted (password-protected): export it again without a password.</source>
        <translation>「%1」已加密（設有密碼）：請重新匯出不設密碼的版本。</translation>
    </message>
    <message>
        <source>“%1” has no text, only images of pages (a scan): import the document it was made from, or its text.</source>
        <translation>「%1」沒有文字，只有頁面影像（掃描檔）：請匯入原始文件或其文字。</translation>
    </message>
</context>
<context>
    <name>PeopleChoices</name>
    <message>
        <source>(choose)</source>
        <translation>（請選擇）</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <source>A person needs a name.</source>
        <translation>請填寫姓名。</translation>
    </message>
    <message>
        <source>“%1” is not a scope category.</source>
        <translation>「%1」不是適用對象類別。</translation>
    </message>
    <message>
        <source>The unit does not exist.</source>
        <translation>單位不存在。</translation>
    </message>
    <message>
        <source>“Active to” comes before “active from”.</source>
        <translation>「離職日」早於「到職日」。</translation>
    </message>
    <message>
        <source>Person %1 does not exist.</source>
        <translation>人員 %1 不存在。</translation>
    </message>
    <message>
        <source>the unit is missing</source>
        <translation>缺少單位</translation>
    </message>
    <message>
        <source>there is no unit called %1</source>
        <translation>沒有名為 %1 的單位</translation>
    </message>
    <message>
        <source>%1 names more than one unit</source>
        <translation>%1 對應到多個單位</translation>
    </message>
    <message>
        <source>“%1” is not a scope category</source>
        <translation>「%1」不是適用對象類別</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 不是日期</translation>
    </message>
</context>
<context>
    <name>PlanReports</name>
    <message>
        <source>ROC year %1</source>
        <translation>民國%1年</translation>
    </message>
    <message>
        <source>Not tied to an objective</source>
        <translation>未對應目標</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>目標 %1：%2</translation>
    </message>
    <message>
        <source>Action plan %1</source>
        <translation>%1度行動計畫</translation>
    </message>
    <message>
        <source>To-do items, resources, person responsible, expected completion, how achievement is evaluated and the measured results (policy 肆、一、(三)).</source>
        <translation>年度待辦事項、所需資源、負責人員、預計完成時間以及目標達成之評估方式與實際運作量測結果（政策 肆、一、(三)）。</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>所需資源</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>負責人員</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>評估方式</translation>
    </message>
    <message>
        <source>Measured result</source>
        <translation>量測結果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>衡量指標</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>量測</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Objective effectiveness %1</source>
        <translation>%1資通安全目標有效性量測結果</translation>
    </message>
    <message>
        <source>Each objective of %1 with its indicator, target, measurements, status and action items — for the management review (policy 肆、一、(四)).</source>
        <translation>%1 各項目標之衡量指標、目標值、量測結果、達成狀態與待辦事項——供管理審查會議報告（政策 肆、一、(四)）。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Indicator, period or action</source>
        <translation>指標、期間或事項</translation>
    </message>
    <message>
        <source>Target, value or owner</source>
        <translation>目標值、量測值或負責人</translation>
    </message>
    <message>
        <source>Frequency, evidence or result</source>
        <translation>頻率、佐證或結果</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Review schedule %1 – %2</source>
        <translation>審查時程 %1 – %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>審查對象</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人員</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>上次辦理</translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation>計算依據</translation>
    </message>
    <message>
        <source>Computed so far</source>
        <translation>計算至今</translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message>
        <source>Print a policy version as plain text: the title block, then every section with its number and its paragraphs, one per line (default: the version in force).</source>
        <translation>以純文字輸出政策版本：先列文件資訊，再逐行列出每一章節的編號與段落（預設：現行版本）。</translation>
    </message>
    <message>
        <source>Imported %1 version %2 as a draft.</source>
        <translation>已匯入 %1 第 %2 版，狀態為草稿。</translation>
    </message>
    <message>
        <source>Sections: %1, objectives: %2, references: %3, scope items: %4, responsibilities: %5.</source>
        <translation>章節 %1 節，目標 %2 項，依據 %3 項，適用範圍 %4 項，責任 %5 項。</translation>
    </message>
    <message>
        <source>A controlled copy is a PDF: use --out FILE.pdf.</source>
        <translation>受控文件為 PDF：請使用 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>Wrote %1 version %2 to %3.</source>
        <translation>已將 %1 第 %2 版寫入 %3。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 version %2 to %3 (%n page(s)).</source>
        <translation>
            <numerusform>已將 %1 第 %2 版寫入 %3（共 %n 頁）。</numerusform>
        </translation>
    </message>
    <message>
        <source>--holder names who holds a controlled copy: give its number with --copy N too.</source>
        <translation>--holder 指定受控文件的持有人：請同時以 --copy N 指定其編號。</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>沒有檔案「%1」。</translation>
    </message>
    <message>
        <source>Say whether a printed copy (its PDF, or the fingerprint printed on its last page) is the version in force (exit code 0), approved and still to take effect (5), superseded (6) or unknown (7); 8: a version never in force (a draft), 9: text changed after its approval.</source>
        <translation>判斷紙本（其 PDF，或末頁列印的指紋）是否為現行版本（結束代碼 0）、已核定尚未生效（5）、已被取代（6）或無法辨識（7）；8：從未生效的版本（如草稿），9：核定後內文遭變更。</translation>
    </message>
    <message>
        <source>%1: version %2 is in force.</source>
        <translation>%1：現行版本為 %2。</translation>
    </message>
    <message>
        <source>%1: no version is in force yet; this is version %2.</source>
        <translation>%1：目前尚無現行版本；此為版本 %2。</translation>
    </message>
    <message>
        <source>Version %1: %2.</source>
        <translation>版本 %1：%2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a copy&apos;s verdict in one word, then the sentence</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Read a policy&apos;s text (UTF-8, UTF-16 or Big5: title block, table of contents with or without page numbers, numbered sections; lines split by a page break or a fixed width are joined) and store it as a draft version that keeps the document&apos;s own numbering (壹、一、(一), 1./1.1, 第一條, bullets). What was read differently is said per line on standard error.</source>
        <translation>讀取政策文字（UTF-8、UTF-16 或 Big5：文件資訊、有無頁碼的目錄、編號章節；因分頁或固定行寬而斷開的行會接回），存為保留文件原有編號（壹、一、(一)、1./1.1、第一條、項目符號）的草稿版本。與原文讀法不同之處逐行列於標準錯誤輸出。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Write the printed copy of a policy version as PDF; with --copy, a controlled copy recorded in the register. FILE.docx writes a Word document to go on editing (headings numbered by Word in the document&apos;s own scheme, contents, header and footer, revision history); FILE.odt an OpenDocument text.</source>
        <translation>將政策版本的列印本輸出為 PDF；加 --copy 則為登錄於清冊的受控文件。FILE.docx 輸出可續編的 Word 文件（標題依文件原有編號方式由 Word 編號，含目錄、頁首頁尾及修訂紀錄）；FILE.odt 輸出 OpenDocument 文字檔。</translation>
    </message>
    <message>
        <source>Say where to write the policy with --out FILE.pdf, FILE.docx or FILE.odt.</source>
        <translation>請以 --out FILE.pdf、FILE.docx 或 FILE.odt 指定輸出位置。</translation>
    </message>
    <message>
        <source>export policy writes PDF (.pdf), Word (.docx) or OpenDocument text (.odt), not “%1”: use --out FILE.pdf, FILE.docx or FILE.odt.</source>
        <translation>export policy 只能輸出 PDF（.pdf）、Word（.docx）或 OpenDocument 文字檔（.odt），不能輸出「%1」：請使用 --out FILE.pdf、FILE.docx 或 FILE.odt。</translation>
    </message>
</context>
<context>
    <name>PolicyCopyReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
</context>
<context>
    <name>PolicyImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>The policy has no document code (文件編號); give one with --document.</source>
        <translation>政策缺少文件編號；請以 --document 指定。</translation>
    </message>
    <message>
        <source>The policy has no version number (版本編號); give one with --version.</source>
        <translation>政策缺少版本編號；請以 --version 指定。</translation>
    </message>
    <message>
        <source>The policy has no sections.</source>
        <translation>政策沒有任何章節。</translation>
    </message>
    <message>
        <source>Document %1 already has a version %2.</source>
        <translation>文件 %1 已有第 %2 版。</translation>
    </message>
    <message>
        <source>A section has an empty heading.</source>
        <translation>有章節的標題是空白的。</translation>
    </message>
    <message>
        <source>“%1” is %2 MB: too large to be a policy&apos;s text.</source>
        <translation>「%1」有 %2 MB：太大，不會是政策的文字。</translation>
    </message>
    <message>
        <source>“%1” is no version number: a version is written like 2.1 or 3.0.</source>
        <translation>「%1」不是版本編號：版本編號的格式如 2.1 或 3.0。</translation>
    </message>
    <message>
        <source>Document %1 already has a version %2 in its revision history.</source>
        <translation>文件 %1 的修訂紀錄中已有第 %2 版。</translation>
    </message>
    <message>
        <source>Version %1 would come before the existing version %2.</source>
        <translation>第 %1 版會排在既有的第 %2 版之前。</translation>
    </message>
    <message>
        <source>“%1” is a Word 97–2003 or RTF document, which the program does not read: save it as a Word document (.docx) or OpenDocument text (.odt) and import that.</source>
        <translation>「%1」是 Word 97–2003 或 RTF 文件，本程式無法讀取：請另存為 Word 文件（.docx）或 OpenDocument 文字檔（.odt）後再匯入。</translation>
    </message>
</context>
<context>
    <name>PolicyPrinting</name>
    <message>
        <source>Print preview</source>
        <translation>預覽列印</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Word documents, to edit (*.docx);;OpenDocument text, to edit (*.odt)</source>
        <translation>PDF 文件 (*.pdf);;Word 文件，供編輯 (*.docx);;OpenDocument 文字檔，供編輯 (*.odt)</translation>
    </message>
    <message>
        <source>Export policy</source>
        <translation>匯出政策</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <source>That policy version no longer exists.</source>
        <translation>該政策版本已不存在。</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>沒有文件 %1。</translation>
    </message>
    <message>
        <source>Document %1 has no version %2.</source>
        <translation>文件 %1 沒有第 %2 版。</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>That policy version no longer exists.</source>
        <translation>該政策版本已不存在。</translation>
    </message>
    <message>
        <source>A version that is “%1” cannot become “%2”.</source>
        <translation>狀態為「%1」的版本不能變為「%2」。</translation>
    </message>
    <message>
        <source>A version number is written like 2.1 or 3.0.</source>
        <translation>版本編號的格式如 2.1 或 3.0。</translation>
    </message>
    <message>
        <source>Say what changes in this version (the change summary).</source>
        <translation>請說明此版本修訂的內容（修訂摘要）。</translation>
    </message>
    <message>
        <source>Version %1 exists already.</source>
        <translation>第 %1 版已存在。</translation>
    </message>
    <message>
        <source>Version %1 would come before the existing version %2.</source>
        <translation>第 %1 版會排在既有的第 %2 版之前。</translation>
    </message>
    <message>
        <source>Give a valid effective date.</source>
        <translation>請輸入有效的生效日期。</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing it.</source>
        <translation>請說明撤回的原因。</translation>
    </message>
    <message>
        <source>Only a version in review can be approved; this one is “%1”.</source>
        <translation>只有審查中的版本可以核定；此版本為「%1」。</translation>
    </message>
    <message>
        <source>Only an approved version can be published; this one is “%1”.</source>
        <translation>只有已核定的版本可以發布；此版本為「%1」。</translation>
    </message>
    <message>
        <source>The text differs from what was approved: it cannot be published.</source>
        <translation>內容與核定時不同，不能發布。</translation>
    </message>
    <message>
        <source>Give the date of the review.</source>
        <translation>請輸入審查日期。</translation>
    </message>
    <message>
        <source>A review cannot be recorded for a future date.</source>
        <translation>不能登錄未來日期的審查。</translation>
    </message>
    <message>
        <source>Name who reviewed the policy.</source>
        <translation>請填寫審查人員。</translation>
    </message>
    <message>
        <source>Revision after the review of %1: %2</source>
        <translation>%1 審查後修訂：%2</translation>
    </message>
    <message>
        <source>Describe the significant change.</source>
        <translation>請說明重大變更的內容。</translation>
    </message>
    <message>
        <source>The text of version %1 changed after it was shown to you for approval: read it again before approving.</source>
        <translation>版本 %1 的內容在您檢視後已被修改：請重新閱讀後再核定。</translation>
    </message>
    <message>
        <source>The policy&apos;s review cycle was removed meanwhile: look again first.</source>
        <translation>此政策的審查週期已被刪除：請先重新檢視。</translation>
    </message>
    <message>
        <source>The text of %1 version %2 in the database is not the text that was approved (fingerprint %3): it was changed outside the program. It is not printed, exported or taken into a new version; run isms-desk check and restore a verified backup.</source>
        <translation>資料庫中 %1 第 %2 版的內容不是核定時的內容（指紋 %3），已在本程式以外被修改。不予列印、匯出或據以建立新版本；請執行 isms-desk check 並還原已驗證的備份。</translation>
    </message>
    <message>
        <source>Give your title for the signature block (for example 局長).</source>
        <translation>請填寫簽核欄的職稱（例如：局長）。</translation>
    </message>
    <message>
        <source>Before the program (its row only)</source>
        <translation>納入本系統前（僅修訂紀錄）</translation>
    </message>
</context>
<context>
    <name>PolicyTextParser</name>
    <message>
        <source>The policy file is empty.</source>
        <translation>政策檔案是空的。</translation>
    </message>
    <message>
        <source>No numbered sections (壹、一、(一)、1.、1.1、第一條) were found: this is not a policy in a form the program reads.</source>
        <translation>找不到編號的章節（壹、一、(一)、1.、1.1、第一條）：這不是本程式能讀取的政策文字。</translation>
    </message>
    <message>
        <source>“%1” repeats at the top or foot of the pages; it was left out as a page heading.</source>
        <translation>「%1」在各頁頁首或頁尾重複出現，已視為頁首而略去。</translation>
    </message>
    <message>
        <source>“%1” is numbered %2 where %3 was expected: sections are numbered by their order, so it is numbered %3.</source>
        <translation>「%1」編為第 %2 項，依順序應為第 %3 項：章節依其順序編號，故編為第 %3 項。</translation>
    </message>
    <message>
        <source>not numbered</source>
        <translation>未編號</translation>
    </message>
    <message>
        <source>“%1” is %2 at a level the document numbers like “%3” elsewhere; it is numbered like the rest of its level.</source>
        <translation>「%1」以「%2」編號，但文件中同一層級其他處以「%3」編號；將與同層級一致編號。</translation>
    </message>
    <message>
        <source>The revision history (“%1”) was not imported: the program keeps it from the versions themselves.</source>
        <translation>修訂紀錄（「%1」）未匯入：本程式依各版本自行產生修訂紀錄。</translation>
    </message>
    <message>
        <source>From “%1” on, the revision history and what follows it were not imported as sections.</source>
        <translation>自「%1」起的修訂紀錄及其後內容，未匯入為章節。</translation>
    </message>
    <message>
        <source>The revision history was not imported as sections; its row for version %1 gave the summary of changes (“%2”).</source>
        <translation>修訂紀錄未匯入為章節；其中第 %1 版的一列已作為修訂摘要（「%2」）。</translation>
    </message>
    <message>
        <source>This list goes on from the number the list before it ended with, where other lists of its level begin again at 1; it is numbered from 1.</source>
        <translation>此清單接續前一清單的編號，但同層其他清單皆從 1 重新起算；已改為從 1 編號。</translation>
    </message>
    <message>
        <source>The revision history&apos;s rows for %1 were kept as the versions before this one (their text is not in the file).</source>
        <translation>修訂紀錄中 %1 版的列已保留為本版之前的版本（檔案中沒有其內文）。</translation>
    </message>
</context>
<context>
    <name>RaciService</name>
    <message>
        <source>Responsible</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>權責</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>諮詢</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>知會</translation>
    </message>
    <message>
        <source>“%1” has nobody accountable (A).</source>
        <translation>「%1」沒有權責者（A）。</translation>
    </message>
    <message>
        <source>“%1” has %2 accountable (A); it needs exactly one.</source>
        <translation>「%1」有 %2 個權責者（A）；應恰有一個。</translation>
    </message>
    <message>
        <source>“%1” has nobody responsible (R).</source>
        <translation>「%1」沒有執行者（R）。</translation>
    </message>
    <message>
        <source>An activity needs a name.</source>
        <translation>請填寫工作項目名稱。</translation>
    </message>
    <message>
        <source>A cell holds R, A, C or I, not “%1”.</source>
        <translation>欄位只能填 R、A、C 或 I，不能是「%1」。</translation>
    </message>
    <message>
        <source>The activity no longer exists; reload the matrix.</source>
        <translation>此工作項目已不存在；請重新載入矩陣。</translation>
    </message>
    <message>
        <source>Someone else changed this cell since the matrix was read; reload it and try again.</source>
        <translation>讀取矩陣後已有他人修改此欄位；請重新載入後再試。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>工作項目</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Record a measurement of objective N of the policy in force for the period given (editors).</source>
        <translation>記錄現行政策目標 N 於指定期間的量測值（編輯）。</translation>
    </message>
    <message>
        <source>Record a social-engineering drill of the half-year: whether it passed is worked out from the rates, and it measures its objective and closes the drill cycle (editors).</source>
        <translation>記錄該半年度的社交工程演練：依開啟率與點閱率判定是否合格，並作為其目標之量測、完成演練週期（編輯）。</translation>
    </message>
    <message numerus="yes">
        <source>The version of %1 in force has no objective %2 (it has %n).</source>
        <translation>
            <numerusform>%1 的現行版本沒有目標 %2（共有 %n 項）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded %1 for objective %2 (%3 to %4). The objective&apos;s status for %5: %6.</source>
        <translation>已記錄目標 %2 的量測值 %1（%3至%4）。該目標%5的狀態：%6。</translation>
    </message>
    <message>
        <source>Recorded the drill of %1: passed.</source>
        <translation>已記錄%1的演練：合格。</translation>
    </message>
    <message>
        <source>Recorded the drill of %1: failed.</source>
        <translation>已記錄%1的演練：不合格。</translation>
    </message>
    <message>
        <source>Record the value of every objective computed from the records for each period that has ended and has no measurement yet, with the records it was computed from; for a scheduled task (editors).</source>
        <translation>將依紀錄計算之各目標，於已結束且尚無量測結果的期間，記錄其數值及所依據的紀錄；適合排程執行（編輯者）。</translation>
    </message>
    <message>
        <source>No ended period was waiting to be recorded.</source>
        <translation>沒有待記錄的已結束期間。</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n measurement(s) computed from the records.</source>
        <translation>
            <numerusform>已依紀錄計算並記錄 %n 筆量測結果。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>acknowledgement</source>
        <translation>閱讀確認</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>核定紀錄</translation>
    </message>
    <message>
        <source>internal audit</source>
        <translation>內部稽核</translation>
    </message>
    <message>
        <source>backup record</source>
        <translation>備份紀錄</translation>
    </message>
    <message>
        <source>communication audience</source>
        <translation>宣導對象</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>宣導紀錄</translation>
    </message>
    <message>
        <source>controlled copy</source>
        <translation>受控文件</translation>
    </message>
    <message>
        <source>corrective action</source>
        <translation>矯正措施</translation>
    </message>
    <message>
        <source>policy version</source>
        <translation>政策版本</translation>
    </message>
    <message>
        <source>policy document</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <source>social-engineering drill</source>
        <translation>社交工程演練</translation>
    </message>
    <message>
        <source>audit finding</source>
        <translation>稽核發現</translation>
    </message>
    <message>
        <source>law or regulation</source>
        <translation>法規依據</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>量測紀錄</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>議程項目</translation>
    </message>
    <message>
        <source>meeting attendee</source>
        <translation>會議出席人員</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>objective wording</source>
        <translation>目標文字</translation>
    </message>
    <message>
        <source>security objective</source>
        <translation>資安目標</translation>
    </message>
    <message>
        <source>organisational unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>policy statement</source>
        <translation>政策聲明</translation>
    </message>
    <message>
        <source>RACI activity</source>
        <translation>RACI 工作項目</translation>
    </message>
    <message>
        <source>RACI assignment</source>
        <translation>RACI 權責</translation>
    </message>
    <message>
        <source>responsibility</source>
        <translation>權責</translation>
    </message>
    <message>
        <source>review cycle</source>
        <translation>審查週期</translation>
    </message>
    <message>
        <source>policy review</source>
        <translation>政策審查</translation>
    </message>
    <message>
        <source>role assignment</source>
        <translation>角色指派</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>scope item</source>
        <translation>適用範圍項目</translation>
    </message>
    <message>
        <source>policy section</source>
        <translation>政策章節</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>使用者帳號</translation>
    </message>
    <message>
        <source>version&apos;s legal basis</source>
        <translation>版本法規依據</translation>
    </message>
    <message>
        <source>restore from a backup</source>
        <translation>由備份還原</translation>
    </message>
    <message>
        <source>export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>sign-in or sign-out</source>
        <translation>登入登出</translation>
    </message>
    <message>
        <source>record a measurement was computed from</source>
        <translation>量測依據紀錄</translation>
    </message>
    <message>
        <source>core system</source>
        <translation>核心資通系統</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>服務中斷</translation>
    </message>
    <message>
        <source>training session</source>
        <translation>教育訓練場次</translation>
    </message>
    <message>
        <source>training attendance</source>
        <translation>教育訓練出席紀錄</translation>
    </message>
    <message>
        <source>training requirement</source>
        <translation>教育訓練時數規定</translation>
    </message>
    <message>
        <source>agency setting</source>
        <translation>機關設定</translation>
    </message>
    <message>
        <source>security incident or weakness</source>
        <translation>資安事件或弱點</translation>
    </message>
    <message>
        <source>corrective action for an incident</source>
        <translation>資安事件之矯正措施</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>A change must run inside a transaction.</source>
        <translation>變更必須在交易中執行。</translation>
    </message>
    <message>
        <source>The new record got no id.</source>
        <translation>新紀錄未取得編號。</translation>
    </message>
    <message>
        <source>The record no longer exists: someone deleted it.</source>
        <translation>這筆紀錄已不存在：已被其他人刪除。</translation>
    </message>
    <message>
        <source>This record was changed by %1 at %2 after you opened it. Your change was not saved; reload the record and make it again.</source>
        <translation>您開啟這筆紀錄後，%1 已於 %2 修改了它。您的變更未儲存；請重新載入紀錄後再修改一次。</translation>
    </message>
    <message>
        <source>This record was changed by someone else after you opened it. Your change was not saved; reload the record and make it again.</source>
        <translation>您開啟這筆紀錄後，已有其他人修改了它。您的變更未儲存；請重新載入紀錄後再修改一次。</translation>
    </message>
    <message>
        <source>“%1” holds an invisible control or text-direction character (U+%2) that no record may keep: remove it and save again.</source>
        <translation>「%1」含有不可見的控制字元或文字方向字元（U+%2），紀錄不得保存此類字元：請刪除後再儲存。</translation>
    </message>
    <message>
        <source>%1 Nothing is saved over it: run isms-desk check, and restore a verified backup.</source>
        <translation>%1不會在其上儲存任何變更：請執行 isms-desk check，並還原已驗證的備份。</translation>
    </message>
</context>
<context>
    <name>RedlineReport</name>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>%1 至 %2 的修訂對照</translation>
    </message>
    <message>
        <source>Sections added: %1 · removed: %2 · changed: %3 · unchanged: %4</source>
        <translation>新增章節：%1 · 刪除：%2 · 修改：%3 · 未變更：%4</translation>
    </message>
    <message>
        <source>Deleted text is struck through; inserted text is underlined.</source>
        <translation>刪除的文字以刪除線標示；新增的文字加底線。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Say where to write the report with --out FILE.pdf or --out FILE.csv.</source>
        <translation>請以 --out FILE.pdf 或 --out FILE.csv 指定報告的寫入位置。</translation>
    </message>
    <message>
        <source>Say where to write the PDF with --out FILE.pdf.</source>
        <translation>請以 --out FILE.pdf 指定 PDF 的寫入位置。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已寫入 %1（共 %n 頁）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 列寫入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the yearly action plan, grouped by objective; the CSV can be imported again.</source>
        <translation>輸出依目標分組的年度行動計畫；CSV 可再匯入。</translation>
    </message>
    <message>
        <source>Write the objective effectiveness report for the management review.</source>
        <translation>輸出供管理審查使用的目標有效性報告。</translation>
    </message>
    <message>
        <source>Write the reviews and measurements falling due between the dates (default: the next 90 days).</source>
        <translation>輸出兩日期之間到期的審查與量測（預設：未來 90 天）。</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s pack: agenda, objective effectiveness, open findings, overdue actions, the previous meeting&apos;s follow-ups; with the minutes and signature lines once they are recorded.</source>
        <translation>輸出會議資料：議程、目標有效性、未結案稽核發現、逾期事項、前次會議追蹤事項；會議紀錄登錄後並附紀錄及出席人員簽名欄。</translation>
    </message>
    <message>
        <source>Write the chair&apos;s dashboard for the year: the same figures as the screen.</source>
        <translation>輸出該年度的召集人儀表板：與畫面相同的數字。</translation>
    </message>
    <message>
        <source>Write the RACI matrix of responsibilities, with what breaks its rules.</source>
        <translation>輸出權責分工（RACI）矩陣，並列出不符規則之處。</translation>
    </message>
    <message>
        <source>Write who has acknowledged a policy version (default: the one in force): coverage per unit and category, and who has not yet.</source>
        <translation>輸出政策版本（預設為現行版本）的閱讀確認情形：各單位及類別的涵蓋率，以及尚未確認的人員。</translation>
    </message>
    <message>
        <source>Say which meeting with --meeting ID.</source>
        <translation>請以 --meeting 編號 指定會議。</translation>
    </message>
    <message>
        <source>Say which policy with --document CODE.</source>
        <translation>請以 --document 編號 指定政策。</translation>
    </message>
    <message>
        <source>No version of %1 is in force.</source>
        <translation>%1 目前沒有現行版本。</translation>
    </message>
    <message>
        <source>Write the core systems&apos; availability for the year, month by month against their targets, with the year&apos;s outages (objective 6).</source>
        <translation>輸出核心資通系統年度各月可用率及目標值，並附該年度服務中斷紀錄（目標 6）。</translation>
    </message>
    <message>
        <source>Write the year&apos;s security-training standing by unit: who had the hours required and who is short (objective 3).</source>
        <translation>輸出該年度各單位資通安全教育訓練達成情形：誰已完成規定時數、誰尚未達成（目標三）。</translation>
    </message>
    <message>
        <source>Write the year&apos;s register of security incidents and weaknesses with each deadline: reporting, damage control or recovery, the investigation report (objectives 4 and 7).</source>
        <translation>輸出該年度資安事件及弱點登錄，含各項時限：通報、損害控制或復原、調查處理報告（目標四及目標七）。</translation>
    </message>
</context>
<context>
    <name>ReviewCalendar</name>
    <message>
        <source>Objective %1: %2</source>
        <translation>目標 %1：%2</translation>
    </message>
    <message>
        <source>Give the day it was done (not a future one).</source>
        <translation>請輸入辦理日期（不可為未來日期）。</translation>
    </message>
    <message>
        <source>Name who did it.</source>
        <translation>請填寫辦理者。</translation>
    </message>
    <message>
        <source>That review cycle no longer exists.</source>
        <translation>該審查週期已不存在。</translation>
    </message>
    <message>
        <source>A policy review is recorded on the Policies page, where it can start a new version.</source>
        <translation>政策審查請於「政策文件」頁登錄，可由該處建立新版本。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>審查對象</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人員</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>上次辦理</translation>
    </message>
    <message>
        <source>Say what is reviewed.</source>
        <translation>請說明審查的事項。</translation>
    </message>
    <message>
        <source>The interval is between 1 and 120 months.</source>
        <translation>週期須介於 1 至 120 個月。</translation>
    </message>
    <message>
        <source>The lead time must be shorter than the interval.</source>
        <translation>提前通知天數須短於週期。</translation>
    </message>
    <message>
        <source>Name the person responsible.</source>
        <translation>請指定負責人員。</translation>
    </message>
    <message>
        <source>That person is no longer on record.</source>
        <translation>該人員已不在人員名冊中。</translation>
    </message>
</context>
<context>
    <name>RoleService</name>
    <message>
        <source>Role %1 does not exist.</source>
        <translation>角色 %1 不存在。</translation>
    </message>
    <message>
        <source>Assignment %1 does not exist.</source>
        <translation>指派 %1 不存在。</translation>
    </message>
    <message>
        <source>Choose the person who holds the role.</source>
        <translation>請選擇擔任此角色的人員。</translation>
    </message>
    <message>
        <source>The assignment needs the date it starts.</source>
        <translation>請填寫指派的起始日。</translation>
    </message>
    <message>
        <source>The assignment ends before it starts.</source>
        <translation>指派的結束日早於起始日。</translation>
    </message>
    <message>
        <source>“%1” is held for a unit: choose the unit.</source>
        <translation>「%1」須依單位指派：請選擇單位。</translation>
    </message>
    <message>
        <source>%1 already holds “%2” from %3.</source>
        <translation>%1 自 %3 起已擔任「%2」。</translation>
    </message>
    <message>
        <source>Give the last day the role is held.</source>
        <translation>請填寫擔任此角色的最後一天。</translation>
    </message>
    <message>
        <source>Nobody holds “%1” on %2.</source>
        <translation>%2 無人擔任「%1」。</translation>
    </message>
    <message>
        <source>%1&apos;s assignment as “%2” ended on %3 and nobody has taken it over.</source>
        <translation>%1 擔任「%2」已於 %3 結束，尚無人接任。</translation>
    </message>
    <message>
        <source>%1&apos;s assignment as “%2” for %3 ended on %4 and nobody has taken it over.</source>
        <translation>%1 擔任%3「%2」已於 %4 結束，尚無人接任。</translation>
    </message>
    <message>
        <source>%1 has no “%2” on %3.</source>
        <translation>%3 %1 沒有「%2」。</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>A section needs a heading.</source>
        <translation>章節需要標題。</translation>
    </message>
    <message>
        <source>That section no longer exists.</source>
        <translation>該章節已不存在。</translation>
    </message>
    <message>
        <source>A section cannot move inside itself.</source>
        <translation>章節不能移到自己之內。</translation>
    </message>
    <message>
        <source>The document needs a title.</source>
        <translation>文件需要標題。</translation>
    </message>
    <message>
        <source>The effective date comes before that of the previous version (%1).</source>
        <translation>生效日期早於前一版本的生效日期（%1）。</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is longer than 200 characters.</source>
        <translation>機關名稱超過 200 個字。</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a server address; write postgresql://user@host:port/database.</source>
        <translation>「%1」不是伺服器位址；請寫成 postgresql://使用者@主機:埠/資料庫名稱。</translation>
    </message>
    <message>
        <source>Leave the password out of the address: it would be shown and remembered. Set PGPASSWORD or type it when asked.</source>
        <translation>請勿將密碼寫在位址中：位址會被顯示並記住。請設定 PGPASSWORD，或於詢問時輸入。</translation>
    </message>
    <message>
        <source>The address “%1” names no server.</source>
        <translation>位址「%1」未指定伺服器。</translation>
    </message>
    <message>
        <source>The address “%1” names no database.</source>
        <translation>位址「%1」未指定資料庫。</translation>
    </message>
    <message>
        <source>The connection option “%1” is not accepted here.</source>
        <translation>此處不接受連線選項「%1」。</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>此安裝無法連線 PostgreSQL：缺少 Qt 的 PostgreSQL 驅動程式（Debian 套件 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The server asks for a password: type it, or set PGPASSWORD.</source>
        <translation>伺服器要求密碼：請輸入密碼，或設定 PGPASSWORD。</translation>
    </message>
    <message>
        <source>The server refused the user name or the password.</source>
        <translation>伺服器不接受此使用者名稱或密碼。</translation>
    </message>
    <message>
        <source>The server cannot be reached, or refused the connection.</source>
        <translation>無法連上伺服器，或伺服器拒絕連線。</translation>
    </message>
    <message>
        <source>Cannot connect to %1. %2
(%3)</source>
        <translation>無法連線至 %1。%2
（%3）</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>Server roles are for a PostgreSQL database; a file&apos;s permissions are the file system&apos;s.</source>
        <translation>伺服器角色僅適用於 PostgreSQL 資料庫；檔案的權限由檔案系統管理。</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Objectives</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>The values computed from the records for the periods that ended could not be recorded: %1</source>
        <translation>無法記錄已結束期間依紀錄計算的數值：%1</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database statement failed: %1</source>
        <translation>資料庫指令執行失敗：%1</translation>
    </message>
    <message>
        <source>This would record the same thing twice: it is recorded already.</source>
        <translation>這會重複記錄同一件事：已經記錄過了。</translation>
    </message>
    <message>
        <source>This refers to a record that no longer exists, or a record that others still refer to would go.</source>
        <translation>此項目參照的紀錄已不存在，或會刪除仍被其他紀錄參照的紀錄。</translation>
    </message>
    <message>
        <source>A value that must be given is missing.</source>
        <translation>缺少必須填寫的值。</translation>
    </message>
    <message>
        <source>A value is not one of those allowed here.</source>
        <translation>有一個值不在此處允許的範圍內。</translation>
    </message>
</context>
<context>
    <name>StaffListCsv</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>到職日</translation>
    </message>
    <message>
        <source>Active to</source>
        <translation>離職日</translation>
    </message>
</context>
<context>
    <name>TableReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>Audit trail when printed: entry %1, %2</source>
        <translation>列印時稽核軌跡：第 %1 筆，%2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（續）</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file is not text: it holds binary data.</source>
        <translation>此檔案不是文字檔：內含二進位資料。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8, UTF-16 nor Big5 text: save it from the word processor as text in UTF-8 (or as .docx) and import that.</source>
        <translation>此檔案不是 UTF-8、UTF-16 或 Big5 文字：請在文書處理軟體中另存為 UTF-8 純文字後再匯入。</translation>
    </message>
</context>
<context>
    <name>TitleBlockReader</name>
    <message>
        <source>The version “%1” is no number; it is imported as 1.0.</source>
        <translation>版次「%1」不是數字，以 1.0 匯入。</translation>
    </message>
    <message>
        <source>Line %1: the effective date “%2” is not a date (write it as 114年9月11日 or 2025-09-11).</source>
        <translation>第 %1 行：生效日期「%2」不是日期（請寫成 114年9月11日 或 2025-09-11）。</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date; it was not used.</source>
        <translation>%1「%2」不是日期，未採用。</translation>
    </message>
    <message>
        <source>No classification is marked in “%1”; it is imported as %2.</source>
        <translation>「%1」未勾選安全等級，以「%2」匯入。</translation>
    </message>
    <message>
        <source>The document gives no version number (版本編號); it is imported as version 1.0.</source>
        <translation>文件未載明版本編號，以第 1.0 版匯入。</translation>
    </message>
    <message>
        <source>The classification “%1” is read as %2.</source>
        <translation>安全等級「%1」讀作「%2」。</translation>
    </message>
    <message>
        <source>The document does not say its security classification (安全等級); it is imported as %1.</source>
        <translation>文件未載明安全等級；以「%1」匯入，可於預覽後在標題區更改。</translation>
    </message>
</context>
<context>
    <name>TrailAnchor</name>
    <message>
        <source>The audit trail no longer holds entry %1 (%2…), which this workstation saw on %3: it was cut short or rewritten outside the program, or an older backup was put in its place. Nothing can be saved into this database; restore a backup.</source>
        <translation>稽核軌跡已不含本工作站於 %3 看過的第 %1 筆（%2…）：已在程式外被截短或改寫，或有較舊的備份被放回原處。此資料庫不能再儲存任何變更；請還原備份。</translation>
    </message>
</context>
<context>
    <name>TrailReading</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>(kept secret)</source>
        <translation>（保密）</translation>
    </message>
    <message>
        <source>(set anew)</source>
        <translation>（已重設）</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已刪除）</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>自備份還原</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>完成備份</translation>
    </message>
    <message>
        <source>Controlled copy issued</source>
        <translation>發行受控文件</translation>
    </message>
    <message>
        <source>Approved and signed</source>
        <translation>核定簽署</translation>
    </message>
    <message>
        <source>Failed sign-in; account locked</source>
        <translation>登入失敗，帳號已鎖定</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <source>Signed in after failed attempts</source>
        <translation>登入成功（清除失敗次數）</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第 %1 號</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>（已設定）</translation>
    </message>
    <message>
        <source>(the sign-in)</source>
        <translation>（登入程序）</translation>
    </message>
    <message>
        <source>(the demo content)</source>
        <translation>（範例資料）</translation>
    </message>
    <message>
        <source>(generated data)</source>
        <translation>（產生的資料）</translation>
    </message>
    <message>
        <source>(the automatic backup)</source>
        <translation>（自動備份）</translation>
    </message>
    <message>
        <source>(schema update %1)</source>
        <translation>（資料庫結構更新 %1）</translation>
    </message>
    <message>
        <source>(the program)</source>
        <translation>（本程式）</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>copy %1, %2</source>
        <translation>第 %1 份，%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a drill&apos;s year and half-year</comment>
        <translation>%1年%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>TrailScan</name>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>無法讀取稽核軌跡：%1</translation>
    </message>
    <message>
        <source>The audit trail could not be read: the database is not open.</source>
        <translation>無法讀取稽核軌跡：資料庫未開啟。</translation>
    </message>
</context>
<context>
    <name>TrainingLists</name>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>訓練場次</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>辦理日期</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時數</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>辦理單位</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席人數</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席紀錄</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Training required a year</source>
        <translation>每年應受訓練時數</translation>
    </message>
    <message>
        <source>Responsibility level</source>
        <translation>責任等級</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>適用對象</translation>
    </message>
    <message>
        <source>Person category</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <source>Hours a year</source>
        <translation>每年時數</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>是否適用</translation>
    </message>
    <message>
        <source>Training standing</source>
        <translation>訓練達成情形</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <source>General required (h)</source>
        <translation>通識應受（時）</translation>
    </message>
    <message>
        <source>General attended (h)</source>
        <translation>通識已受（時）</translation>
    </message>
    <message>
        <source>Professional required (h)</source>
        <translation>專業應受（時）</translation>
    </message>
    <message>
        <source>Professional attended (h)</source>
        <translation>專業已受（時）</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>達成情形</translation>
    </message>
</context>
<context>
    <name>TrainingReports</name>
    <message>
        <source>That person no longer exists.</source>
        <translation>該人員已不存在。</translation>
    </message>
    <message>
        <source>Held on %1, %2 hours, %3 training; provider: %4.</source>
        <translation>辦理日期 %1，%2 小時，%3訓練；辦理單位：%4。</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>Sign on coming in; the hours column is filled in only for someone who left early.</source>
        <translation>請於入場時簽名；僅提早離席者填寫時數欄。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Hours if fewer</source>
        <translation>實際時數（未全程者）</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>簽到表：%1</translation>
    </message>
    <message>
        <source>Security training (教育訓練) attendance</source>
        <translation>資通安全教育訓練出席簽到</translation>
    </message>
    <message>
        <source>Hours of the year against those required</source>
        <translation>本年度已受與應受時數</translation>
    </message>
    <message>
        <source>Not on the staff in the year.</source>
        <translation>該年度非在職人員。</translation>
    </message>
    <message>
        <source>Required under the agency&apos;s responsibility level %1; a year still running counts the sessions up to today.</source>
        <translation>依本機關資通安全責任等級 %1 之規定；進行中之年度計至今日之場次。</translation>
    </message>
    <message>
        <source>General required</source>
        <translation>通識應受</translation>
    </message>
    <message>
        <source>General attended</source>
        <translation>通識已受</translation>
    </message>
    <message>
        <source>Professional required</source>
        <translation>專業應受</translation>
    </message>
    <message>
        <source>Professional attended</source>
        <translation>專業已受</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>達成情形</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>已參加之訓練</translation>
    </message>
    <message>
        <source>No session attended in the year.</source>
        <translation>本年度未參加任何訓練。</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>辦理日期</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>辦理單位</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時數</translation>
    </message>
    <message>
        <source>Training record %1: %2</source>
        <translation>%1教育訓練紀錄：%2</translation>
    </message>
    <message>
        <source>Security training (教育訓練) of one person</source>
        <translation>個人資通安全教育訓練紀錄</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n short</source>
        <translation>
            <numerusform>%1 — 未達成 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（未指定單位）</translation>
    </message>
    <message>
        <source>Nobody on the staff must have security training under the requirements.</source>
        <translation>依訓練時數規定，目前無同仁須接受資安教育訓練。</translation>
    </message>
    <message>
        <source>Training standing %1</source>
        <translation>%1教育訓練達成情形</translation>
    </message>
    <message>
        <source>Objective 3: who had the security training they must have, by unit</source>
        <translation>目標三：各單位同仁完成應受資安教育訓練時數情形</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people who must have security training had the hours required (%2).</source>
        <translation>
            <numerusform>應受資安教育訓練之 %n 人中，%1 人已完成規定時數（%2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>Name the course.</source>
        <translation>請填寫課程名稱。</translation>
    </message>
    <message>
        <source>Give the day the session was held.</source>
        <translation>請填寫辦理日期。</translation>
    </message>
    <message>
        <source>A session&apos;s hours are a number above 0 and at most %1.</source>
        <translation>訓練時數須大於 0 且不超過 %1。</translation>
    </message>
    <message>
        <source>Choose whether the training is general or professional.</source>
        <translation>請選擇通識或專業訓練。</translation>
    </message>
    <message>
        <source>That training session no longer exists.</source>
        <translation>該訓練場次已不存在。</translation>
    </message>
    <message>
        <source>People attended this session: it cannot move to a day still to come.</source>
        <translation>本場次已有出席紀錄，不能改為未來的日期。</translation>
    </message>
    <message>
        <source>Someone was recorded for %1 hours of this session: it cannot be shorter than that.</source>
        <translation>已有人登錄本場次 %1 小時，場次時數不能少於此數。</translation>
    </message>
    <message>
        <source>the person chosen no longer exists</source>
        <translation>所選人員已不存在</translation>
    </message>
    <message>
        <source>%1 was not on the staff on the session&apos;s day</source>
        <translation>%1 於辦理當日非在職人員</translation>
    </message>
    <message>
        <source>%1&apos;s hours must be above 0 and at most the session&apos;s %2</source>
        <translation>%1 的時數須大於 0 且不超過場次的 %2 小時</translation>
    </message>
    <message>
        <source>%1 is already recorded as attending this session</source>
        <translation>%1 已登錄出席本場次</translation>
    </message>
    <message>
        <source>The session is still to come: record who attended once it has been held.</source>
        <translation>本場次尚未辦理；請於辦理後再登錄出席。</translation>
    </message>
    <message>
        <source>Choose the people who attended.</source>
        <translation>請勾選出席人員。</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1.</source>
        <translation>未登錄任何出席：%1。</translation>
    </message>
    <message>
        <source>That attendance no longer exists.</source>
        <translation>該出席紀錄已不存在。</translation>
    </message>
    <message>
        <source>The hours attended must be above 0 and at most the session&apos;s %1.</source>
        <translation>出席時數須大於 0 且不超過場次的 %1 小時。</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>there is no one called %1</source>
        <translation>查無名為 %1 的人員</translation>
    </message>
    <message>
        <source>there is no %1 in %2</source>
        <translation>%2 查無 %1</translation>
    </message>
    <message>
        <source>more than one person is called %1: give the unit</source>
        <translation>名為 %1 的人員不只一位，請填寫單位</translation>
    </message>
    <message>
        <source>“%1” is not a number of hours</source>
        <translation>「%1」不是時數</translation>
    </message>
    <message>
        <source>%1 is already on line %2</source>
        <translation>%1 已列於第 %2 行</translation>
    </message>
    <message>
        <source>the file names no one</source>
        <translation>檔案中沒有任何人員</translation>
    </message>
    <message>
        <source>Choose the responsibility level (A, B or C).</source>
        <translation>請選擇資通安全責任等級（A、B 或 C）。</translation>
    </message>
    <message>
        <source>Choose who must have the training.</source>
        <translation>請選擇適用對象。</translation>
    </message>
    <message>
        <source>Choose the role whose holders must have the training.</source>
        <translation>請選擇須受訓之角色。</translation>
    </message>
    <message>
        <source>Choose a person category, or any.</source>
        <translation>請選擇人員類別，或不限。</translation>
    </message>
    <message>
        <source>The hours a year are a number above 0 and at most %1.</source>
        <translation>每年時數須大於 0 且不超過 %1。</translation>
    </message>
    <message>
        <source>That training requirement no longer exists.</source>
        <translation>該訓練時數規定已不存在。</translation>
    </message>
    <message>
        <source>Level %1 already has its own requirements: change those instead.</source>
        <translation>%1 級已有自訂的時數規定，請直接修改。</translation>
    </message>
    <message>
        <source>People attended this session: take their attendance back first.</source>
        <translation>本場次已有出席紀錄，請先撤銷其出席。</translation>
    </message>
</context>
<context>
    <name>TrainingStanding</name>
    <message>
        <source>everyone on the staff at least 3 hours of general training a year, the security staff at least 12 hours of professional training</source>
        <translation>全體同仁每年至少 3 小時通識教育訓練，資通安全專職（責）人員每年至少 12 小時專業訓練</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Create the account NAME with its role (administrator, editor, chair, auditor or viewer); --person is the person&apos;s full name (default: NAME). The new password is asked for twice on the terminal, or read from ISMS_DESK_NEW_PASSWORD (administrators).</source>
        <translation>建立帳號 NAME 並指定角色（administrator、editor、chair、auditor 或 viewer）；--person 為使用者全名（預設為 NAME）。新密碼於終端機詢問兩次，或讀取 ISMS_DESK_NEW_PASSWORD（管理者）。</translation>
    </message>
    <message>
        <source>List the accounts: user name, person, role, whether disabled (administrators).</source>
        <translation>列出帳號：帳號名稱、使用者、角色、是否停用（管理者）。</translation>
    </message>
    <message>
        <source>Disable the account NAME: it can no longer sign in, and its records keep its name (administrators).</source>
        <translation>停用帳號 NAME：不能再登入，其紀錄仍保留其名稱（管理者）。</translation>
    </message>
    <message>
        <source>Unknown role “%1”: use administrator, editor, chair, auditor or viewer.</source>
        <translation>不明的角色「%1」：請用 administrator、editor、chair、auditor 或 viewer。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密碼：</translation>
    </message>
    <message>
        <source>Give the new account&apos;s password on a terminal or in %1.</source>
        <translation>請於終端機或在 %1 提供新帳號的密碼。</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再輸入一次相同密碼：</translation>
    </message>
    <message>
        <source>The two passwords differ: nothing was created.</source>
        <translation>兩次密碼不同：未建立任何帳號。</translation>
    </message>
    <message>
        <source>Created the account %1 (%2).</source>
        <translation>已建立帳號 %1（%2）。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>沒有帳號 %1。</translation>
    </message>
    <message>
        <source>Disabled the account %1.</source>
        <translation>已停用帳號 %1。</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Administrator</source>
        <translation>系統管理者</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>編輯者</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>召集人</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>稽核人員</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>檢視者</translation>
    </message>
    <message>
        <source>change records</source>
        <translation>變更紀錄</translation>
    </message>
    <message>
        <source>change policy documents</source>
        <translation>變更政策文件</translation>
    </message>
    <message>
        <source>record audits and findings</source>
        <translation>登錄稽核與稽核發現</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>管理使用者帳號</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>備份或還原資料庫</translation>
    </message>
    <message>
        <source>approve or publish policy versions</source>
        <translation>核定或發布政策版本</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密碼至少需要 %1 個字元。</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>帳號須為 2 至 32 個英文字母、數字、句點、連字號或底線。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>請輸入此人的姓名。</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>帳號 %1 已被使用。</translation>
    </message>
    <message>
        <source>This database already has an administrator.</source>
        <translation>此資料庫已有系統管理者。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>帳號或密碼錯誤。</translation>
    </message>
    <message>
        <source>That user account no longer exists.</source>
        <translation>該使用者帳號已不存在。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的帳號。</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>至少須保留一位啟用中的系統管理者。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>請先登入。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>目前的密碼不正確。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: try again in %n second(s).</source>
        <translation>
            <numerusform>登入失敗次數過多，請於 %n 秒後再試。</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>此帳號已停用。</translation>
    </message>
    <message>
        <source>The account %1 was put into the database outside the program: it cannot sign in. Run isms-desk check and restore a verified backup.</source>
        <translation>帳號 %1 是在本程式以外加入資料庫的：無法登入。請執行 isms-desk check 並還原已驗證的備份。</translation>
    </message>
    <message>
        <source>The password of %1 was changed outside the program: it is not accepted. Run isms-desk check and restore a verified backup.</source>
        <translation>%1 的密碼已在本程式以外被修改：不予接受。請執行 isms-desk check 並還原已驗證的備份。</translation>
    </message>
    <message>
        <source>Only someone signed in with an account of their own can sign.</source>
        <translation>須以本人帳號登入才能簽署。</translation>
    </message>
    <message>
        <source>Type your password to sign.</source>
        <translation>請輸入密碼以簽署。</translation>
    </message>
    <message>
        <source>That is not the password of %1: nothing was signed. A wrong password is counted as a failed sign-in.</source>
        <translation>這不是 %1 的密碼，未簽署任何內容。密碼錯誤會計為一次登入失敗。</translation>
    </message>
</context>
<context>
    <name>VersionLock</name>
    <message>
        <source>This policy version is approved, published or superseded and can no longer be changed. Make a new version instead.</source>
        <translation>此政策版本已核定、已發布或已被取代，不能再修改。請改為建立新版本。</translation>
    </message>
    <message>
        <source>This policy version is in review: its text changes only after it is returned to draft, so that what its approver reads is what is approved.</source>
        <translation>此政策版本審查中：須退回草稿後才能修改內容，核定者看到的才是所核定的內容。</translation>
    </message>
</context>
<context>
    <name>VersionStanding</name>
    <message>
        <source>Approved, not yet published</source>
        <translation>已核定，尚未發布</translation>
    </message>
    <message>
        <source>Published, takes effect on %1</source>
        <translation>已發布，%1生效</translation>
    </message>
    <message>
        <source>Approved, takes effect on %1 once published</source>
        <translation>已核定，發布後於%1生效</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現行</translation>
    </message>
    <message>
        <source>Superseded by %1 on %2</source>
        <translation>已被取代（%1，%2起）</translation>
    </message>
</context>
<context>
    <name>VersionStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審查中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核定</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已發布</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>“%1” already exists.</source>
        <translation>「%1」已存在。</translation>
    </message>
    <message>
        <source>Cannot create “%1”.</source>
        <translation>無法建立「%1」。</translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>無法建立「%1」所在的資料夾。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: its folder is read-only.</source>
        <translation>無法建立「%1」：所在資料夾為唯讀。</translation>
    </message>
</context>
<context>
    <name>WriteRules</name>
    <message>
        <source>look after one&apos;s own account</source>
        <translation>維護自己的帳號</translation>
    </message>
    <message>
        <source>record an automatic backup</source>
        <translation>記錄自動備份</translation>
    </message>
    <message>
        <source>set up a new database</source>
        <translation>設定新資料庫</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>“%1” is not a Word or OpenDocument file (it is no zip archive).</source>
        <translation>「%1」不是 Word 或 OpenDocument 檔案（不是壓縮檔）。</translation>
    </message>
    <message>
        <source>“%1” is encrypted (password-protected): save it without a password and import that.</source>
        <translation>「%1」已加密（設有密碼）：請另存為不設密碼的檔案後再匯入。</translation>
    </message>
    <message>
        <source>“%1” holds a part too large to be a document&apos;s (%2).</source>
        <translation>「%1」含有過大的內容（%2），不像是文件的一部分。</translation>
    </message>
    <message>
        <source>“%1” is damaged: its part %2 cannot be read.</source>
        <translation>「%1」已損壞：無法讀取其中的 %2。</translation>
    </message>
    <message>
        <source>The document could not be packed.</source>
        <translation>無法封裝文件。</translation>
    </message>
</context>
<context>
    <name>isms::ui::AccountDialog</name>
    <message>
        <source>Set up the administrator</source>
        <translation>設定系統管理者</translation>
    </message>
    <message>
        <source>New user account</source>
        <translation>新增使用者帳號</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 個字元</translation>
    </message>
    <message>
        <source>This database has no user accounts yet. Create the administrator, who can then add everyone else.</source>
        <translation>此資料庫尚無使用者帳號。請建立系統管理者，之後再由其新增其他人員。</translation>
    </message>
    <message>
        <source>The new user signs in with this name and password.</source>
        <translation>新使用者以此帳號與密碼登入。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>帳號：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>再次輸入密碼：</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>建立並登入</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不同。</translation>
    </message>
</context>
<context>
    <name>isms::ui::ActionItemDialog</name>
    <message>
        <source>Edit action item</source>
        <translation>編輯待辦事項</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>新增待辦事項</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（請選擇）</translation>
    </message>
    <message>
        <source>Plan year:</source>
        <translation>計畫年度：</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>目標：</translation>
    </message>
    <message>
        <source>What will be done:</source>
        <translation>待辦事項：</translation>
    </message>
    <message>
        <source>Resources needed:</source>
        <translation>所需資源：</translation>
    </message>
    <message>
        <source>Person responsible:</source>
        <translation>負責人員：</translation>
    </message>
    <message>
        <source>Expected completion:</source>
        <translation>預計完成日：</translation>
    </message>
    <message>
        <source>Reason, if outside the year:</source>
        <translation>不在年度內之原因：</translation>
    </message>
    <message>
        <source>How achievement is evaluated:</source>
        <translation>目標達成之評估方式：</translation>
    </message>
    <message>
        <source>Measured result:</source>
        <translation>實際量測結果：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Reason for cancelling:</source>
        <translation>取消原因：</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>進度：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
</context>
<context>
    <name>isms::ui::ActionPlanPage</name>
    <message>
        <source>Overdue only</source>
        <translation>僅顯示逾期</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>篩選：</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>全部目標</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人員</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部單位</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>變更狀態…</translation>
    </message>
    <message>
        <source>Copy year to next…</source>
        <translation>複製至次年度…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>匯入 CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>年度行動計畫</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) copied into %1.</source>
        <translation>
            <numerusform>已複製 %n 項至 %1 年度。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these rows and import the file again:</source>
        <translation>未匯入任何資料。請修正下列各行後重新匯入：</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported.</source>
        <translation>
            <numerusform>已匯入 %n 項。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written.</source>
        <translation>
            <numerusform>已寫出 %n 項。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>變更狀態</translation>
    </message>
    <message>
        <source>Select the items first.</source>
        <translation>請先選擇待辦事項。</translation>
    </message>
    <message>
        <source>New status of the selected items:</source>
        <translation>所選待辦事項的新狀態：</translation>
    </message>
    <message>
        <source>Reason for cancelling:</source>
        <translation>取消原因：</translation>
    </message>
    <message>
        <source>Copy year to next</source>
        <translation>複製至次年度</translation>
    </message>
    <message>
        <source>Copy the plan of year:</source>
        <translation>複製此年度的計畫：</translation>
    </message>
    <message>
        <source>Import action items</source>
        <translation>匯入待辦事項</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Export action items</source>
        <translation>匯出待辦事項</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>報告 PDF…</translation>
    </message>
    <message>
        <source>Action plan report</source>
        <translation>年度行動計畫報告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>列印報告…</translation>
    </message>
    <message>
        <source>action-plan-%1</source>
        <translation>年度行動計畫-%1</translation>
    </message>
</context>
<context>
    <name>isms::ui::ApprovalDialog</name>
    <message>
        <source>Approve version %1</source>
        <translation>核定第 %1 版</translation>
    </message>
    <message>
        <source>for example 局長</source>
        <translation>例如：局長</translation>
    </message>
    <message>
        <source>You approve this text in your name: your password signs the approval. Text changed after this dialog opened is not approved.</source>
        <translation>您以本人名義核定此內容，並以密碼簽署。本視窗開啟後若內容有變更，將不予核定。</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Takes effect:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Content fingerprint:</source>
        <translation>內容指紋：</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>簽署人：</translation>
    </message>
    <message>
        <source>Your title:</source>
        <translation>職稱：</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Approve and sign</source>
        <translation>核定並簽署</translation>
    </message>
    <message>
        <source>Give your title for the signature block.</source>
        <translation>請填寫簽核欄的職稱。</translation>
    </message>
    <message>
        <source>Type your password to sign.</source>
        <translation>請輸入密碼以簽署。</translation>
    </message>
</context>
<context>
    <name>isms::ui::AuditLogPage</name>
    <message>
        <source>From</source>
        <translation>日期自</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>紀錄類別：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n entries. Head hash: %1</source>
        <translation>
            <numerusform>稽核軌跡完整：共 %n 筆。末筆雜湊值：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail BROKEN at entry %1.</source>
        <translation>稽核軌跡於第 %1 筆遭破壞！</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>匯出稽核軌跡</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>正在驗證稽核軌跡…</translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <source>Audit trail entry %1</source>
        <translation>稽核軌跡第 %1 筆</translation>
    </message>
</context>
<context>
    <name>isms::ui::AuditsPage</name>
    <message>
        <source>New audit…</source>
        <translation>新增稽核…</translation>
    </message>
    <message>
        <source>Add finding…</source>
        <translation>新增稽核發現…</translation>
    </message>
    <message>
        <source>Corrective action…</source>
        <translation>矯正措施…</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>措施已完成</translation>
    </message>
    <message>
        <source>Verify effectiveness…</source>
        <translation>確認有效性…</translation>
    </message>
    <message>
        <source>Close observation</source>
        <translation>觀察事項結案</translation>
    </message>
    <message>
        <source>New audit</source>
        <translation>新增稽核</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始日期：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>結束日期：</translation>
    </message>
    <message>
        <source>Scope (units, clauses):</source>
        <translation>範圍（單位、條文）：</translation>
    </message>
    <message>
        <source>Auditors:</source>
        <translation>稽核人員：</translation>
    </message>
    <message>
        <source>Auditees:</source>
        <translation>受稽核者：</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>新增稽核發現</translation>
    </message>
    <message>
        <source>A finding of the audit chosen in the list of audits.</source>
        <translation>於稽核清單中所選稽核的發現事項。</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>條文：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>說明：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>佐證：</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>矯正措施</translation>
    </message>
    <message>
        <source>For the nonconformity chosen in the list of findings.</source>
        <translation>針對稽核發現清單中所選的不符合事項。</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>根本原因：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>矯正作法：</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>負責人員：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>完成期限：</translation>
    </message>
    <message>
        <source>Verify effectiveness</source>
        <translation>確認有效性</translation>
    </message>
    <message>
        <source>Did the corrective action chosen in the list work? If it did, its finding closes.</source>
        <translation>清單中所選的矯正措施是否有效？若有效，該項發現即結案。</translation>
    </message>
    <message>
        <source>Verified on:</source>
        <translation>確認日期：</translation>
    </message>
    <message>
        <source>Verified by:</source>
        <translation>確認人員：</translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation>是否有效：</translation>
    </message>
    <message>
        <source>Yes: close the finding</source>
        <translation>是：發現事項結案</translation>
    </message>
    <message>
        <source>No: back to work</source>
        <translation>否：退回續辦</translation>
    </message>
    <message>
        <source>What was found:</source>
        <translation>確認結果：</translation>
    </message>
    <message>
        <source>Choose %1 in its list first.</source>
        <translation>請先在清單中選擇%1。</translation>
    </message>
    <message>
        <source>an audit</source>
        <translation>一次稽核</translation>
    </message>
    <message>
        <source>a finding</source>
        <translation>一項稽核發現</translation>
    </message>
    <message>
        <source>a corrective action</source>
        <translation>一項矯正措施</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>內部稽核</translation>
    </message>
    <message>
        <source>An internal audit, or a compliance check (法令遵循查核) whose unresolved nonconformities measure compliance: when, what it covers, who audits whom.</source>
        <translation>內部稽核，或法令遵循查核（其未改善之不符合事項用以衡量法令遵循情形）：日期、範圍、稽核人員及受稽核對象。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Corrective action done</source>
        <translation>矯正措施完成</translation>
    </message>
    <message>
        <source>The day the corrective action chosen in the list was done: whether it was done by its due date counts for the objectives.</source>
        <translation>清單中所選矯正措施的完成日期：是否於期限內完成，將列入目標衡量。</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>完成日期：</translation>
    </message>
</context>
<context>
    <name>isms::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 個字元</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>變更 %1 的密碼。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>目前密碼：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密碼：</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>再次輸入新密碼：</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>兩次輸入的新密碼不同。</translation>
    </message>
</context>
<context>
    <name>isms::ui::CommunicationPage</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>宣導方式</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>宣導對象</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>宣導資料</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>涵蓋率</translation>
    </message>
    <message>
        <source>Scope category</source>
        <translation>適用範圍類別</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a person&apos;s job title</comment>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Policy version:</source>
        <translation>政策版本：</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新增宣導活動…</translation>
    </message>
    <message>
        <source>Sign-in sheet…</source>
        <translation>簽到表…</translation>
    </message>
    <message>
        <source>Record signed sheet…</source>
        <translation>登錄已簽簽到表…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Communication events:</source>
        <translation>宣導活動：</translation>
    </message>
    <message>
        <source>Not yet acknowledged:</source>
        <translation>尚未確認：</translation>
    </message>
    <message>
        <source>Coverage by unit:</source>
        <translation>各單位涵蓋率：</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>閱讀確認</translation>
    </message>
    <message>
        <source>Statements and legal references</source>
        <translation>政策聲明與法令依據</translation>
    </message>
    <message>
        <source>%1 version %2 (%3)</source>
        <translation>%1 第 %2 版（%3）</translation>
    </message>
    <message>
        <source>No policy version has been approved or published yet.</source>
        <translation>尚無已核定或已發布的政策版本。</translation>
    </message>
    <message>
        <source>Acknowledged by %1 of %2 (%3%).%4</source>
        <translation>已確認 %1／%2 人（%3%）。%4</translation>
    </message>
    <message>
        <source> No event recorded yet: the audience is everyone active.</source>
        <translation>尚未登錄宣導活動：宣導對象為所有在職人員。</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全體人員</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>New communication event</source>
        <translation>新增宣導活動</translation>
    </message>
    <message>
        <source>How the version was made known, and to whom: tick units (with the units below them), scope categories, or both. Tick nothing to address everyone.</source>
        <translation>此版本如何宣導、對象為誰：勾選單位（含其下層單位）、適用對象類別，或兩者皆勾。都不勾選表示全體人員。</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>宣導方式：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <source>Scope categories:</source>
        <translation>適用對象類別：</translation>
    </message>
    <message>
        <source>Material:</source>
        <translation>宣導資料：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>所有單位</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>簽到表</translation>
    </message>
    <message>
        <source>A roster to sign, for the unit&apos;s people in the version&apos;s audience.</source>
        <translation>列印單位內屬於此版本宣導對象人員的簽到名冊。</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <source>Save sign-in sheet</source>
        <translation>儲存簽到表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export acknowledgements</source>
        <translation>匯出閱讀確認</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>sign-in-sheet</source>
        <translation>簽到表</translation>
    </message>
    <message>
        <source>acknowledgements</source>
        <translation>閱讀確認</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>isms::ui::CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>版本對照</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>預覽列印…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>with</source>
        <translation>與</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 第 %2 版</translation>
    </message>
</context>
<context>
    <name>isms::ui::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>連線至伺服器</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>空白：使用 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>Encrypt if the server offers it</source>
        <translation>伺服器支援時加密</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation>一律加密</translation>
    </message>
    <message>
        <source>Always encrypt and verify the server&apos;s certificate</source>
        <translation>一律加密並驗證伺服器憑證</translation>
    </message>
    <message>
        <source>Connect to the organisation&apos;s shared ISMS Desk database on a PostgreSQL server.</source>
        <translation>連線至機關共用、位於 PostgreSQL 伺服器上的 ISMS Desk 資料庫。</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>連接埠：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>資料庫：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>請填寫伺服器、資料庫與使用者。</translation>
    </message>
</context>
<context>
    <name>isms::ui::ControlledCopiesWidget</name>
    <message>
        <source>Issue controlled copy…</source>
        <translation>發行受控文件…</translation>
    </message>
    <message>
        <source>Copy returned</source>
        <translation>已繳回</translation>
    </message>
    <message>
        <source>Copy destroyed</source>
        <translation>已銷毀</translation>
    </message>
    <message>
        <source>Choose a copy in the register first.</source>
        <translation>請先在登錄簿中選擇一份文件。</translation>
    </message>
    <message>
        <source>Issue controlled copy</source>
        <translation>發行受控文件</translation>
    </message>
    <message>
        <source>Who receives the copy?</source>
        <translation>由誰收受此份文件？</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Controlled copies</source>
        <translation>受控文件</translation>
    </message>
    <message>
        <source>%1-v%2-controlled</source>
        <translation>%1-第%2版-受控文件</translation>
    </message>
</context>
<context>
    <name>isms::ui::CoreSystemsPage</name>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>New system…</source>
        <translation>新增系統…</translation>
    </message>
    <message>
        <source>Edit system…</source>
        <translation>編輯系統…</translation>
    </message>
    <message>
        <source>Record outage…</source>
        <translation>登錄服務中斷…</translation>
    </message>
    <message>
        <source>Edit outage…</source>
        <translation>編輯服務中斷…</translation>
    </message>
    <message>
        <source>Availability report…</source>
        <translation>可用率報告…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>列印報告…</translation>
    </message>
    <message>
        <source>Availability report</source>
        <translation>可用率報告</translation>
    </message>
    <message>
        <source>availability-%1</source>
        <translation>可用率-%1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>PDF 文件 (*.pdf);;CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>New core system</source>
        <translation>新增核心資通系統</translation>
    </message>
    <message>
        <source>Edit core system</source>
        <translation>編輯核心資通系統</translation>
    </message>
    <message>
        <source>A core system (核心資通系統): when it is meant to be in service and the availability it must keep. Only outages in its service hours count against it.</source>
        <translation>核心資通系統：應提供服務的時間及須維持的可用率。僅服務時間內的中斷計入。</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>系統：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <source>Served on working days only:</source>
        <translation>僅上班日提供服務：</translation>
    </message>
    <message>
        <source>Service from:</source>
        <translation>服務時間起：</translation>
    </message>
    <message>
        <source>Service until (00:00 = the day&apos;s end):</source>
        <translation>服務時間迄（00:00 表示當日結束）：</translation>
    </message>
    <message>
        <source>Availability target (%):</source>
        <translation>可用率目標值（%）：</translation>
    </message>
    <message>
        <source>Under the register from:</source>
        <translation>納管日期：</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>使用中：</translation>
    </message>
    <message>
        <source>No (retired)</source>
        <translation>否（已停用）</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Record outage</source>
        <translation>登錄服務中斷</translation>
    </message>
    <message>
        <source>Edit outage</source>
        <translation>編輯服務中斷</translation>
    </message>
    <message>
        <source>An outage of a core system, as it starts (leave the end empty while it goes on) or once it is over. A planned outage (announced maintenance) does not count against availability.</source>
        <translation>核心資通系統的服務中斷，可於發生時登錄（中斷期間結束日期留空），或於恢復後登錄。計畫性中斷（已公告之維護）不計入可用率。</translation>
    </message>
    <message>
        <source>Started on:</source>
        <translation>開始日期：</translation>
    </message>
    <message>
        <source>at:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <source>Ended on:</source>
        <translation>結束日期：</translation>
    </message>
    <message>
        <source>Planned (announced maintenance):</source>
        <translation>計畫性（已公告之維護）：</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Choose a system in its list first.</source>
        <translation>請先在系統清單中選擇一個系統。</translation>
    </message>
    <message>
        <source>Choose an outage in its list first.</source>
        <translation>請先在服務中斷清單中選擇一筆。</translation>
    </message>
    <message>
        <source>Core systems</source>
        <translation>核心資通系統</translation>
    </message>
</context>
<context>
    <name>isms::ui::DashboardPage</name>
    <message>
        <source>%1 (ROC year)</source>
        <translation>民國 %1 年</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Show the list behind this figure</source>
        <translation>顯示此數字所依據的清單</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>衡量指標</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最近量測</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>年度行動計畫</translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation>逾期：</translation>
    </message>
    <message>
        <source>oldest: %1, due %2</source>
        <translation>最早者：%1，期限 %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Done / items</source>
        <translation>完成／項數</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Click a unit for its action items</source>
        <translation>點選單位可查看其待辦事項</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>審查週期</translation>
    </message>
    <message>
        <source>✖ Overdue:</source>
        <translation>✖ 逾期：</translation>
    </message>
    <message>
        <source>▲ Due in the next 60 days:</source>
        <translation>▲ 未來 60 天內到期：</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>審查對象</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人員</translation>
    </message>
    <message>
        <source>Social-engineering drills, last four half-years</source>
        <translation>社交工程演練（最近四個半年度）</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>內部稽核</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>未結案：%1</translation>
    </message>
    <message>
        <source>Overdue corrective actions:</source>
        <translation>逾期矯正措施：</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>現行政策</translation>
    </message>
    <message>
        <source>%1 version %2, in force since %3</source>
        <translation>%1 第 %2 版，自%3起生效</translation>
    </message>
    <message>
        <source>Acknowledged by:</source>
        <translation>已確認閱讀：</translation>
    </message>
    <message>
        <source>No policy is in force.</source>
        <translation>目前沒有生效中的政策。</translation>
    </message>
    <message>
        <source>Action items %1: %2</source>
        <translation>待辦事項 %1：%2</translation>
    </message>
    <message>
        <source>Action items %1: overdue</source>
        <translation>待辦事項 %1：逾期</translation>
    </message>
    <message>
        <source>Measurements of objective %1</source>
        <translation>目標 %1 之量測紀錄</translation>
    </message>
    <message>
        <source>Open findings: %1</source>
        <translation>未結案稽核發現：%1</translation>
    </message>
    <message>
        <source>Overdue corrective actions</source>
        <translation>逾期矯正措施</translation>
    </message>
    <message>
        <source>Drills of %1</source>
        <translation>%1 之社交工程演練</translation>
    </message>
    <message>
        <source>Acknowledgements of the policy in force</source>
        <translation>現行政策之閱讀確認</translation>
    </message>
    <message>
        <source>Objectives: %1</source>
        <translation>目標：%1</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>逾期審查</translation>
    </message>
    <message>
        <source>Reviews due in the next 60 days</source>
        <translation>未來 60 天內到期之審查</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>匯出儀表板</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>數據計算中…</translation>
    </message>
    <message>
        <source>Version %1 takes effect on %2.</source>
        <translation>版本 %1 將於%2生效。</translation>
    </message>
    <message>
        <source>The figures are still being computed; this takes a moment.</source>
        <translation>數據仍在計算中，請稍候。</translation>
    </message>
    <message>
        <source>Review cycles only: the objectives&apos; measurements due are shown with the objectives, and with everything else on the Reviews page.</source>
        <translation>僅含審查週期；各目標的量測到期事項列於目標處，「審查週期」頁則全部列出。</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>儀表板</translation>
    </message>
    <message>
        <source>Click an objective for its measurements, or for the records a value computed now counts</source>
        <translation>點選目標可查看其量測結果，或目前計算值所依據的紀錄</translation>
    </message>
    <message>
        <source>Objective %1: what %2 is computed from — %3</source>
        <translation>目標 %1：%2 的計算依據 — %3</translation>
    </message>
</context>
<context>
    <name>isms::ui::DatabaseActions</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新增資料庫(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>備份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>ISMS Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>ISMS Desk 資料庫 (*.sqlite *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新增資料庫</translation>
    </message>
    <message>
        <source>ISMS Desk databases (*.sqlite)</source>
        <translation>ISMS Desk 資料庫 (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name.</source>
        <translation>「%1」已存在。請選擇新的檔名。</translation>
    </message>
    <message>
        <source>Start the new database with the demo policy ISMS-01-01 and sample records?</source>
        <translation>新資料庫是否載入示範政策 ISMS-01-01 與範例資料？</translation>
    </message>
    <message>
        <source>The database was copied to %1 and the copy verified.

SHA-256: %2
Audit trail head: %3</source>
        <translation>資料庫已複製至 %1，且備份已驗證。

SHA-256：%2
稽核軌跡末筆雜湊值：%3</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>The database was restored from %1. The database it replaced is kept as %2.</source>
        <translation>已由 %1 還原資料庫。被取代的資料庫保存為 %2。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>由備份還原</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Replace the open database with the copy “%1”? Changes made since that copy are kept only in the replaced file, which is set aside.</source>
        <translation>要以備份「%1」取代目前的資料庫嗎？該備份之後的變更只會留在被取代並另存的檔案中。</translation>
    </message>
    <message>
        <source>Co&amp;nnect to server…</source>
        <translation>連線至伺服器(&amp;S)…</translation>
    </message>
    <message>
        <source>Open read onl&amp;y…</source>
        <translation>以唯讀方式開啟(&amp;Y)…</translation>
    </message>
    <message>
        <source>Open database read only</source>
        <translation>以唯讀方式開啟資料庫</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>The file is no longer there.</source>
        <translation>檔案已不在原處。</translation>
    </message>
    <message>
        <source>No database opened yet</source>
        <translation>尚未開啟任何資料庫</translation>
    </message>
    <message>
        <source>The databases you open are listed here.</source>
        <translation>開啟過的資料庫會列在這裡。</translation>
    </message>
</context>
<context>
    <name>isms::ui::DrillDialog</name>
    <message>
        <source>Record drill</source>
        <translation>登錄演練</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <source>Objective 8: each half-year&apos;s drill must pass — fewer opened and clicked than the thresholds.</source>
        <translation>目標 8：每半年的演練須合格——開啟率與點閱率皆低於門檻。</translation>
    </message>
    <message>
        <source>Half-year:</source>
        <translation>半年度：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>E-mails sent:</source>
        <translation>寄送郵件數：</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>開啟數：</translation>
    </message>
    <message>
        <source>Clicked (links or attachments):</source>
        <translation>點閱數（連結或附件）：</translation>
    </message>
    <message>
        <source>Reported by staff:</source>
        <translation>同仁通報數：</translation>
    </message>
    <message>
        <source>Pass if opened under:</source>
        <translation>開啟率合格門檻（低於）：</translation>
    </message>
    <message>
        <source>Pass if clicked under:</source>
        <translation>點閱率合格門檻（低於）：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登錄</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>✔ Passed</source>
        <translation>✔ 合格</translation>
    </message>
    <message>
        <source>✖ Failed</source>
        <translation>✖ 不合格</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>全機關</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <source>%1 — %2% opened, %3% clicked</source>
        <translation>%1 — 開啟率 %2%，點閱率 %3%</translation>
    </message>
</context>
<context>
    <name>isms::ui::DrillDownView</name>
    <message>
        <source>← Back to the dashboard</source>
        <translation>← 返回儀表板</translation>
    </message>
</context>
<context>
    <name>isms::ui::DrillsPage</name>
    <message>
        <source>Record drill…</source>
        <translation>登錄演練…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <source>Every half-year so far has its drill.</source>
        <translation>至今每個半年度均已辦理演練。</translation>
    </message>
    <message>
        <source>OVERDUE:</source>
        <translation>已逾期：</translation>
    </message>
    <message>
        <source>no drill for %1.</source>
        <translation>%1 未辦理演練。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>isms::ui::FieldsDialog</name>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>isms::ui::IncidentsPage</name>
    <message>
        <source>Record incident…</source>
        <translation>登錄資安事件…</translation>
    </message>
    <message>
        <source>Record weakness…</source>
        <translation>登錄資安弱點…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Link corrective action…</source>
        <translation>連結矯正措施…</translation>
    </message>
    <message>
        <source>Deadlines…</source>
        <translation>時限設定…</translation>
    </message>
    <message>
        <source>Register report…</source>
        <translation>登錄報告…</translation>
    </message>
    <message>
        <source>Print register…</source>
        <translation>列印登錄…</translation>
    </message>
    <message>
        <source>Incident register</source>
        <translation>資安事件登錄</translation>
    </message>
    <message>
        <source>incidents-%1</source>
        <translation>資安事件-%1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>PDF 文件 (*.pdf);;CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>處理中事件</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>時限項目</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>狀況</translation>
    </message>
    <message>
        <source>Deadlines of the incidents being handled, the most urgent first:</source>
        <translation>處理中事件之時限（最急迫者在前）：</translation>
    </message>
    <message>
        <source>No incident is being handled.</source>
        <translation>目前無處理中事件。</translation>
    </message>
    <message>
        <source>Incident deadlines</source>
        <translation>資安事件時限</translation>
    </message>
    <message>
        <source>The deadlines incidents are held to (資通安全事件通報及應變辦法): reporting after becoming known, damage control or recovery by level, and the investigation report after recovery.</source>
        <translation>資安事件應遵守之時限（資通安全事件通報及應變辦法）：知悉後通報、依等級完成損害控制或復原、復原後送交調查處理報告。</translation>
    </message>
    <message>
        <source>Report within (hours):</source>
        <translation>通報時限（小時）：</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（請選擇）</translation>
    </message>
    <message>
        <source>Link corrective action</source>
        <translation>連結矯正措施</translation>
    </message>
    <message>
        <source>Corrective action:</source>
        <translation>矯正措施：</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>第 %1 級</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>事件摘要：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>等級：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Reported by staff on:</source>
        <translation>同仁通報日期：</translation>
    </message>
    <message>
        <source>Became known on:</source>
        <translation>知悉日期：</translation>
    </message>
    <message>
        <source>at:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <source>Reported on:</source>
        <translation>通報日期：</translation>
    </message>
    <message>
        <source>Reported to:</source>
        <translation>通報對象：</translation>
    </message>
    <message>
        <source>Damage contained on:</source>
        <translation>完成損害控制日期：</translation>
    </message>
    <message>
        <source>Recovered on:</source>
        <translation>完成復原日期：</translation>
    </message>
    <message>
        <source>Investigation report sent on:</source>
        <translation>送交調查處理報告日期：</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>通報人：</translation>
    </message>
    <message>
        <source>Core system:</source>
        <translation>核心資通系統：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>說明：</translation>
    </message>
    <message>
        <source>Edit incident or weakness</source>
        <translation>編輯資安事件或弱點</translation>
    </message>
    <message>
        <source>Record weakness</source>
        <translation>登錄資安弱點</translation>
    </message>
    <message>
        <source>Record incident</source>
        <translation>登錄資安事件</translation>
    </message>
    <message>
        <source>A security weakness found and reported by staff; it is followed up like an incident, without deadlines.</source>
        <translation>同仁發現並通報之資安弱點；比照事件追蹤處理，但無通報時限。</translation>
    </message>
    <message>
        <source>A security incident as it becomes known; fill in each step as it is taken. Open incidents&apos; deadlines are shown above the register.</source>
        <translation>知悉資安事件時即登錄；各項處理完成時再補填。處理中事件之時限顯示於登錄清單上方。</translation>
    </message>
    <message>
        <source>Choose an incident in the register first.</source>
        <translation>請先在登錄清單中選擇事件。</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>資安事件</translation>
    </message>
    <message>
        <source>Damage control or recovery, levels 1–2 (hours):</source>
        <translation>第 1、2 級損害控制或復原時限（小時）：</translation>
    </message>
    <message>
        <source>Damage control or recovery, levels 3–4 (hours):</source>
        <translation>第 3、4 級損害控制或復原時限（小時）：</translation>
    </message>
    <message>
        <source>Investigation report (months after damage control or recovery):</source>
        <translation>調查處理報告（損害控制或復原後月數）：</translation>
    </message>
    <message>
        <source>A corrective action taken for %1 (recorded on the Audits page).</source>
        <translation>針對「%1」採取之矯正措施（於內部稽核頁登錄）。</translation>
    </message>
</context>
<context>
    <name>isms::ui::IndicatorDialog</name>
    <message>
        <source>Indicator</source>
        <translation>衡量指標</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>衡量指標：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <source>The value must be:</source>
        <translation>量測值須：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目標值：</translation>
    </message>
    <message>
        <source>Measured:</source>
        <translation>量測頻率：</translation>
    </message>
    <message>
        <source>Responsible role:</source>
        <translation>負責角色：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Responsible person:</source>
        <translation>負責人員：</translation>
    </message>
    <message>
        <source>Values come from:</source>
        <translation>數值來源：</translation>
    </message>
    <message>
        <source>Senior management:</source>
        <translation>高階主管：</translation>
    </message>
    <message>
        <source>Only attendance at management reviews counts roles.</source>
        <translation>僅「高階主管出席管理審查會議」需選擇角色。</translation>
    </message>
    <message>
        <source>Core systems:</source>
        <translation>核心系統：</translation>
    </message>
    <message>
        <source>Only availability watches core systems.</source>
        <translation>僅「核心資通系統可用率」需選擇系統。</translation>
    </message>
    <message>
        <source>Training against the hours required a year is measured yearly.</source>
        <translation>教育訓練依每年應受時數計算，須按年量測。</translation>
    </message>
</context>
<context>
    <name>isms::ui::ListMenu</name>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation>複製儲存格</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>複製整列</translation>
    </message>
    <message>
        <source>Export list as CSV…</source>
        <translation>將清單匯出為 CSV…</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>匯出清單</translation>
    </message>
    <message>
        <source>list</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>Records of this list are not deleted: they stay in the register and its audit trail (cancel, end or withdraw them instead).</source>
        <translation>此清單的紀錄不會刪除，會保留在登記簿與稽核軌跡中（請改為取消、結束或撤回）。</translation>
    </message>
</context>
<context>
    <name>isms::ui::MainWindow</name>
    <message>
        <source>ISMS Desk</source>
        <translation>ISMS Desk 資通安全管理系統</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ISMS Desk</source>
        <translation>關於 ISMS Desk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 &amp;Qt</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>儀表板</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目標與量測</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>年度行動計畫</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>權責分工</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>審查週期</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>內部稽核</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>社交工程演練</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>公布與傳達</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>About ISMS Desk</source>
        <translation>關於 ISMS Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ISMS Desk %1&lt;/h3&gt;&lt;p&gt;Keeps an organisation&apos;s information-security governance records: the security policy under document control, objectives and yearly action plans, responsibilities, and review cycles.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ISMS Desk %1&lt;/h3&gt;&lt;p&gt;管理機關的資通安全治理紀錄：受文件管制的資通安全政策、目標與年度行動計畫、權責分工，以及各項審查週期。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>變更密碼(&amp;C)…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>登入者：%1（%2）</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密碼已變更。</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自動備份</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自動備份失敗：%1</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>預覽列印(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>匯出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Verify a printed copy…</source>
        <translation>驗證紙本(&amp;V)…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>管理審查會議</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>資料庫檢查</translation>
    </message>
    <message>
        <source>“%1” is damaged and has been closed:

%2

Restore it from a backup (File ▸ Restore…) or open another database.</source>
        <translation>「%1」已損壞，已關閉：

%2

請從備份還原（檔案 ▸ 還原…），或開啟另一個資料庫。</translation>
    </message>
    <message>
        <source>The quick check of this database found problems:

%1

Back it up, then run the full check (isms-desk check) and tell the administrator.</source>
        <translation>快速檢查發現此資料庫有問題：

%1

請先備份，再執行完整檢查（isms-desk check），並告知管理者。</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織與人員</translation>
    </message>
    <message>
        <source>Another workstation saved a change: View ▸ Refresh (F5) shows it.</source>
        <translation>其他工作站已儲存變更：按 檢視 ▸ 重新整理（F5）即可顯示。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>伺服器：%1</translation>
    </message>
    <message>
        <source>The background check could not connect: %1</source>
        <translation>背景檢查無法連線：%1</translation>
    </message>
    <message>
        <source>%1 (read only)</source>
        <translation>%1（唯讀）</translation>
    </message>
    <message>
        <source>No database is open: File ▸ Open database… opens one.</source>
        <translation>未開啟資料庫：請由「檔案 ▸ 開啟資料庫…」開啟。</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>切換使用者(&amp;U)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>登入(&amp;I)…</translation>
    </message>
    <message>
        <source>Signed out of %1: File ▸ Sign in… lets the next person sign in.</source>
        <translation>已登出 %1：下一位使用者請由「檔案 ▸ 登入…」登入。</translation>
    </message>
    <message>
        <source>Nobody is signed in: File ▸ Sign in… first.</source>
        <translation>目前無人登入：請先由「檔案 ▸ 登入…」登入。</translation>
    </message>
    <message>
        <source>%1 is signed in: Switch user… lets someone else sign in.</source>
        <translation>%1 已登入；他人要登入請用「切換使用者…」。</translation>
    </message>
    <message>
        <source>A database on a server is backed up on the server (pg_dump), or copied to a file with isms-desk copy.</source>
        <translation>伺服器上的資料庫在伺服器端備份（pg_dump），或以 isms-desk copy 複製成檔案。</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>使用手冊(&amp;M)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Locked: %1 or the next person signs in.</source>
        <translation>已鎖定：請 %1 或下一位使用者登入。</translation>
    </message>
    <message>
        <source>This page has nothing to print or export.</source>
        <translation>此頁面沒有可列印或匯出的內容。</translation>
    </message>
    <message>
        <source>&amp;Import policy…</source>
        <translation>匯入政策(&amp;I)…</translation>
    </message>
    <message>
        <source>Imported %1 version %2 as a draft.</source>
        <translation>已將 %1 第 %2 版匯入為草稿。</translation>
    </message>
    <message>
        <source>Core systems</source>
        <translation>核心資通系統</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>教育訓練</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>資安事件</translation>
    </message>
</context>
<context>
    <name>isms::ui::ManualDialog</name>
    <message>
        <source>ISMS Desk user manual</source>
        <translation>ISMS Desk 使用手冊</translation>
    </message>
</context>
<context>
    <name>isms::ui::MeasurementDialog</name>
    <message>
        <source>Record measurement</source>
        <translation>登錄量測結果</translation>
    </message>
    <message>
        <source>e.g. the monthly availability report</source>
        <translation>例如：每月可用率報表</translation>
    </message>
    <message>
        <source>The status of the objective is computed from its measurements.</source>
        <translation>目標的達成狀態依量測結果計算。</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>目標：</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>期間起：</translation>
    </message>
    <message>
        <source>Period to:</source>
        <translation>期間迄：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>量測值：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>佐證：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登錄</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>量測值必須是數字。</translation>
    </message>
</context>
<context>
    <name>isms::ui::MeetingsPage</name>
    <message>
        <source>New meeting…</source>
        <translation>新增會議…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>編輯會議…</translation>
    </message>
    <message>
        <source>Prepared text and minutes…</source>
        <translation>準備資料及紀錄…</translation>
    </message>
    <message>
        <source>Add agenda item…</source>
        <translation>新增議程項目…</translation>
    </message>
    <message>
        <source>Decisions…</source>
        <translation>決議…</translation>
    </message>
    <message>
        <source>Prepare meeting</source>
        <translation>準備會議</translation>
    </message>
    <message>
        <source>Fill the agenda from the records: objectives, measurements, audits, open findings, overdue actions and the previous meeting&apos;s follow-ups.</source>
        <translation>依現有紀錄填入議程：目標、量測、稽核、未結案稽核發現、逾期事項及前次會議追蹤事項。</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>會議資料</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>預覽列印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存 PDF…</translation>
    </message>
    <message>
        <source>Save meeting pack</source>
        <translation>儲存會議資料</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>管理審查會議</translation>
    </message>
    <message>
        <source>Follow-up action…</source>
        <translation>追蹤事項…</translation>
    </message>
    <message>
        <source>Agenda and minutes</source>
        <translation>議程及紀錄</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <source>Choose a meeting in the list first.</source>
        <translation>請先在清單中選擇會議。</translation>
    </message>
    <message>
        <source>Choose an agenda item first.</source>
        <translation>請先選擇議程項目。</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>編輯會議</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新增會議</translation>
    </message>
    <message>
        <source>A management review starts with the inputs of ISO/IEC 27001 clause 9.3 as its agenda.</source>
        <translation>管理審查會議以 ISO/IEC 27001 第 9.3 節之輸入事項為議程。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>會議名稱：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地點：</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主席：</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>出席人員：</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>議程項目</translation>
    </message>
    <message>
        <source>Prepared:</source>
        <translation>準備資料：</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>會議紀錄：</translation>
    </message>
    <message>
        <source>That agenda item no longer exists.</source>
        <translation>該議程項目已不存在。</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>新增議程項目</translation>
    </message>
    <message>
        <source>An item of the meeting&apos;s own, after the others.</source>
        <translation>本次會議自訂的議程項目，排在其他項目之後。</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決議</translation>
    </message>
    <message>
        <source>What the meeting decided, one decision per line.</source>
        <translation>會議決議事項，每行一項。</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>決議：</translation>
    </message>
    <message>
        <source>Some agenda items already have prepared text, perhaps edited by hand. Replace it with the figures as they are today? No fills only the empty items.</source>
        <translation>部分議程項目已有準備資料，可能經人工編修。要以今日的數據取代嗎？選「否」只填入空白的項目。</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) filled from the records.</source>
        <translation>
            <numerusform>已依紀錄填入 %n 個議程項目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <source>meeting-pack</source>
        <translation>會議資料</translation>
    </message>
</context>
<context>
    <name>isms::ui::NewVersionDialog</name>
    <message>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>What changes, and why</source>
        <translation>修訂內容與原因</translation>
    </message>
    <message>
        <source>The new version starts as a draft copy of %1 version %2.</source>
        <translation>新版本以 %1 第 %2 版的複本作為草稿。</translation>
    </message>
    <message>
        <source>Version number:</source>
        <translation>版本編號：</translation>
    </message>
    <message>
        <source>Change summary:</source>
        <translation>修訂摘要：</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>建立草稿</translation>
    </message>
</context>
<context>
    <name>isms::ui::ObjectivesPage</name>
    <message>
        <source>%1 (ROC year)</source>
        <translation>民國 %1 年</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>衡量指標</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標值</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最近量測</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>量測次數</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Record measurement…</source>
        <translation>登錄量測結果…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Effectiveness report…</source>
        <translation>有效性報告…</translation>
    </message>
    <message>
        <source>Objective effectiveness report</source>
        <translation>目標有效性報告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>PDF 文件 (*.pdf);;CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Edit indicator…</source>
        <translation>編輯衡量指標…</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>編輯衡量指標</translation>
    </message>
    <message>
        <source>Choose an objective in the table first.</source>
        <translation>請先在表格中選擇一項目標。</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>列印報告…</translation>
    </message>
    <message>
        <source>Indicator still to be set</source>
        <translation>指標待設定</translation>
    </message>
    <message>
        <source>The objectives of %1 version %2, in force. Version %3 takes effect on %4; its objectives apply from that day.</source>
        <translation>以下為 %1 現行版本 %2 的目標。版本 %3 將於%4生效，自該日起適用其目標。</translation>
    </message>
    <message>
        <source>The objectives of %1 version %2, in force.</source>
        <translation>以下為 %1 現行版本 %2 的目標。</translation>
    </message>
    <message>
        <source>No version of %1 is in force yet; version %2 takes effect on %3.</source>
        <translation>%1 目前尚無現行版本；版本 %2 將於%3生效。</translation>
    </message>
    <message>
        <source>From version %1 (%2)</source>
        <translation>自版本 %1 起（%2）</translation>
    </message>
    <message>
        <source>objectives-%1</source>
        <translation>目標達成情形-%1</translation>
    </message>
    <message>
        <source>Record ended periods</source>
        <translation>記錄已結束期間</translation>
    </message>
    <message>
        <source>Records the value of each objective computed from the records for every period that has ended, with the records it was computed from.</source>
        <translation>為依紀錄計算的各目標，記錄每個已結束期間的數值及其依據紀錄。</translation>
    </message>
    <message>
        <source>Records of the measurement…</source>
        <translation>量測依據紀錄…</translation>
    </message>
    <message>
        <source>The records the measurement chosen below was computed from.</source>
        <translation>下方所選量測結果所依據的紀錄。</translation>
    </message>
    <message>
        <source>%1 (so far, to %2)</source>
        <translation>%1（計算至今，期間迄 %2）</translation>
    </message>
    <message>
        <source>No ended period was waiting to be recorded.</source>
        <translation>沒有待記錄的已結束期間。</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) recorded from the records.</source>
        <translation>
            <numerusform>已依紀錄記錄 %n 筆量測結果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a measurement in the list of measurements first.</source>
        <translation>請先在量測結果清單中選擇一筆。</translation>
    </message>
    <message>
        <source>Records of the measurement</source>
        <translation>量測依據紀錄</translation>
    </message>
    <message>
        <source>This measurement was not computed from records (it was typed in, or a drill recorded it): its evidence is in its Evidence column.</source>
        <translation>此量測結果並非依紀錄計算（為人工登錄，或由社交工程演練記錄）：其佐證見「佐證」欄。</translation>
    </message>
    <message>
        <source>nothing to compute from yet</source>
        <translation>尚無可計算之紀錄</translation>
    </message>
    <message>
        <source>Record measurement</source>
        <translation>登錄量測結果</translation>
    </message>
    <message>
        <source>Every objective is computed from the records: their values are recorded at each period&apos;s end (Record ended periods).</source>
        <translation>所有目標皆依紀錄計算：其數值於每期結束時記錄（記錄已結束期間）。</translation>
    </message>
</context>
<context>
    <name>isms::ui::OrganisationPage</name>
    <message>
        <source>New unit…</source>
        <translation>新增單位…</translation>
    </message>
    <message>
        <source>Edit unit…</source>
        <translation>編輯單位…</translation>
    </message>
    <message>
        <source>Move unit…</source>
        <translation>移動單位…</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>刪除單位</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>新增人員…</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>編輯人員…</translation>
    </message>
    <message>
        <source>Import staff list…</source>
        <translation>匯入人員名冊…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>所有單位</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>編輯單位</translation>
    </message>
    <message>
        <source>Choose the unit in the tree first.</source>
        <translation>請先在樹狀圖中選擇單位。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名稱：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>上層單位：</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（最上層）</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新增單位</translation>
    </message>
    <message>
        <source>A unit of the organisation, or an external party (a vendor, a connected agency).</source>
        <translation>組織內的單位，或外部單位（委外廠商、連線作業機關）。</translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation>移動單位</translation>
    </message>
    <message>
        <source>Where “%1” belongs, with the units below it.</source>
        <translation>「%1」（連同其下層單位）要隸屬於哪個單位。</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>刪除「%1」？</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>編輯人員</translation>
    </message>
    <message>
        <source>Choose the person in the list first.</source>
        <translation>請先在清單中選擇人員。</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新增人員</translation>
    </message>
    <message>
        <source>Someone the policy applies to. Leave “active to” empty while they are still here.</source>
        <translation>本政策適用的人員。仍在職者「離職日」請留空。</translation>
    </message>
    <message>
        <source>Title:</source>
        <comment>a person&apos;s job title</comment>
        <translation>職稱：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Scope category:</source>
        <translation>適用對象類別：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>聯絡方式：</translation>
    </message>
    <message>
        <source>Active from:</source>
        <translation>到職日：</translation>
    </message>
    <message>
        <source>Active to:</source>
        <translation>離職日：</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n person(s).</source>
        <translation>
            <numerusform>已匯入 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported; correct these lines and import the file again:</source>
        <translation>未匯入任何資料；請更正下列各行後重新匯入：</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Import staff list</source>
        <translation>匯入人員名冊</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>Columns: %1. Units by name; dates as 2025-01-31 or 114/01/31.</source>
        <translation>欄位：%1。單位以名稱表示；日期寫成 2025-01-31 或 114/01/31。</translation>
    </message>
    <message>
        <source>Name:</source>
        <comment>a person&apos;s name</comment>
        <translation>姓名：</translation>
    </message>
</context>
<context>
    <name>isms::ui::PageActions</name>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Nothing is shown: sign in and choose a page.</source>
        <translation>目前沒有顯示任何內容：請登入並選擇頁面。</translation>
    </message>
    <message>
        <source>There is nothing to add on this page.</source>
        <translation>此頁沒有可新增的項目。</translation>
    </message>
    <message>
        <source>There is nothing to open on this page.</source>
        <translation>此頁沒有可開啟的項目。</translation>
    </message>
    <message>
        <source>This page has no list to search.</source>
        <translation>此頁沒有可搜尋的清單。</translation>
    </message>
    <message>
        <source>This page has nothing to print.</source>
        <translation>此頁沒有可列印的內容。</translation>
    </message>
    <message>
        <source>This page has nothing to export.</source>
        <translation>此頁沒有可匯出的內容。</translation>
    </message>
</context>
<context>
    <name>isms::ui::PolicyEditor</name>
    <message>
        <source>Edit %1 version %2</source>
        <translation>編輯 %1 第 %2 版</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章節</translation>
    </message>
    <message>
        <source>One paragraph per line</source>
        <translation>每行一段</translation>
    </message>
    <message>
        <source>Apply section text</source>
        <translation>套用章節內容</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>內容：</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>章節(&amp;S)</translation>
    </message>
    <message>
        <source>Add section after</source>
        <translation>於其後新增章節</translation>
    </message>
    <message>
        <source>Add subsection</source>
        <translation>新增子章節</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>刪除章節</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>降一層</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>升一層</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新章節</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>新增章節</translation>
    </message>
    <message>
        <source>Edit title block</source>
        <translation>編輯文件資訊</translation>
    </message>
    <message>
        <source>Apply everything typed (Ctrl+S)</source>
        <translation>套用所有輸入的內容（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close the editor (Esc, Ctrl+W)</source>
        <translation>關閉編輯器（Esc、Ctrl+W）</translation>
    </message>
    <message>
        <source>Apply the heading and text (Ctrl+Enter); leaving the section also applies them</source>
        <translation>套用章節標題與內容（Ctrl+Enter）；離開此章節時也會自動套用</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo “%1”</source>
        <translation>復原「%1」(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo “%1”</source>
        <translation>重做「%1」(&amp;R)</translation>
    </message>
    <message>
        <source>%1 The undo history no longer matches the draft and was cleared; the editor shows the draft as it is stored.</source>
        <translation>%1 復原紀錄已與草稿不符，已清除；編輯器顯示草稿目前儲存的內容。</translation>
    </message>
    <message>
        <source>Edit section “%1”</source>
        <translation>編輯章節「%1」</translation>
    </message>
    <message>
        <source>What you typed has not been saved yet. Save it before closing?</source>
        <translation>您輸入的內容尚未儲存。關閉前要先儲存嗎？</translation>
    </message>
</context>
<context>
    <name>isms::ui::PolicyHistoryWidget</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Change summary</source>
        <translation>修訂摘要</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>核定者</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>內容指紋</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>登錄審查…</translation>
    </message>
    <message>
        <source>Review on significant change…</source>
        <translation>重大變更審查…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Last review: %1 · next due: %2</source>
        <translation>上次審查：%1 · 下次應審查：%2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未審查</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Review on significant change</source>
        <translation>重大變更審查</translation>
    </message>
    <message>
        <source>What changed (law, technology, organisation)? The review is recorded today and a new draft started.</source>
        <translation>有何變更（法令、技術、組織）？將以今天日期登錄審查並建立新草稿。</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>版本對照…</translation>
    </message>
</context>
<context>
    <name>isms::ui::PolicyImportDialog</name>
    <message>
        <source>Import policy: %1</source>
        <translation>匯入政策：%1</translation>
    </message>
    <message>
        <source>This is how the file was read. Nothing is stored until you import it; it becomes a draft version, to be edited, reviewed and approved.</source>
        <translation>以下是檔案讀取的結果。按下匯入前不會儲存任何資料；匯入後成為草稿版本，可再編輯、送審及核定。</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>機關名稱：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <source>Document code:</source>
        <translation>文件編號：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本編號：</translation>
    </message>
    <message>
        <source>Effective date:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Security classification:</source>
        <translation>安全等級：</translation>
    </message>
    <message>
        <source>Section numbering:</source>
        <translation>節次編號：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Sections as they will be numbered</source>
        <translation>依編號顯示的章節</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Everything was read as the document writes it.</source>
        <translation>全部內容均依文件原樣讀取。</translation>
    </message>
    <message numerus="yes">
        <source>Sections (%n):</source>
        <translation>
            <numerusform>章節（%n）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read differently from the file (%n):</source>
        <translation>
            <numerusform>與檔案原文讀法不同（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Import as draft</source>
        <translation>匯入為草稿</translation>
    </message>
    <message>
        <source>Import policy</source>
        <translation>匯入政策</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文字檔 (*.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 (as the document numbers)</source>
        <translation>%1（文件原有編號）</translation>
    </message>
    <message>
        <source>How the draft&apos;s sections will be numbered; the editor can change it later.</source>
        <translation>草稿章節的編號方式；之後可在編輯器中變更。</translation>
    </message>
    <message>
        <source>The chosen section&apos;s text</source>
        <translation>所選章節的內容</translation>
    </message>
    <message>
        <source>(no text of its own)</source>
        <translation>（本節無內文）</translation>
    </message>
    <message>
        <source>Policies (*.docx *.odt *.pdf *.txt)</source>
        <translation>政策文件 (*.docx *.odt *.pdf *.txt)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文字檔 (*.odt)</translation>
    </message>
    <message>
        <source>Give the document code (文件編號).</source>
        <translation>請填寫文件編號。</translation>
    </message>
    <message>
        <source>A version number is written like 2.1 or 3.0.</source>
        <translation>版本編號的格式如 2.1 或 3.0。</translation>
    </message>
</context>
<context>
    <name>isms::ui::PolicyPage</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Change summary</source>
        <translation>修訂摘要</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Title block</source>
        <translation>文件資訊</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>機關：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Document code / version:</source>
        <translation>文件編號／版本：</translation>
    </message>
    <message>
        <source>Security classification:</source>
        <translation>安全等級：</translation>
    </message>
    <message>
        <source>Effective date:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注意事項：</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Revision history and reviews</source>
        <translation>修訂紀錄與審查</translation>
    </message>
    <message>
        <source>Controlled copies</source>
        <translation>受控文件</translation>
    </message>
</context>
<context>
    <name>isms::ui::RaciWidget</name>
    <message>
        <source>New activity…</source>
        <translation>新增工作項目…</translation>
    </message>
    <message>
        <source>Rename activity…</source>
        <translation>重新命名工作項目…</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>刪除工作項目</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>R = Responsible, A = Accountable (exactly one), C = Consulted, I = Informed.</source>
        <translation>R＝執行，A＝權責（恰一個），C＝諮詢，I＝知會。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>工作項目</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>權責分工</translation>
    </message>
    <message>
        <source>Every activity has exactly one A and at least one R.</source>
        <translation>每項工作皆恰有一個 A，且至少有一個 R。</translation>
    </message>
    <message>
        <source>To correct:</source>
        <translation>待更正：</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新增工作項目</translation>
    </message>
    <message>
        <source>A duty of the policy, to assign R, A, C and I for.</source>
        <translation>政策中的一項職責，用以指定 R、A、C、I。</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>工作項目：</translation>
    </message>
    <message>
        <source>Rename activity</source>
        <translation>重新命名工作項目</translation>
    </message>
    <message>
        <source>Remove “%1” and its cells?</source>
        <translation>刪除「%1」及其各欄？</translation>
    </message>
    <message>
        <source>Export RACI matrix</source>
        <translation>匯出權責分工矩陣</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>raci</source>
        <translation>權責分工RACI</translation>
    </message>
</context>
<context>
    <name>isms::ui::RecordListWidget</name>
    <message>
        <source>Search…</source>
        <translation>搜尋…</translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation>無法讀取清單：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 筆</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::ui::ResponsibilitiesPage</name>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Held today by</source>
        <translation>目前擔任者</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>迄</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>指派…</translation>
    </message>
    <message>
        <source>End assignment…</source>
        <translation>結束指派…</translation>
    </message>
    <message>
        <source>Who held the chosen role, newest first:</source>
        <translation>所選角色的歷任人員（新到舊）：</translation>
    </message>
    <message>
        <source>Gaps today:</source>
        <translation>目前缺口：</translation>
    </message>
    <message>
        <source>Roles and assignments</source>
        <translation>角色與指派</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>權責分工矩陣</translation>
    </message>
    <message>
        <source>Policy duties and scope</source>
        <translation>政策責任與適用範圍</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>－無人擔任－</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>None: every role is held and every unit with staff has its security officer.</source>
        <translation>無：每個角色都有人擔任，每個有人員的單位都有資訊安全專責人員。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Assign “%1”</source>
        <translation>指派「%1」</translation>
    </message>
    <message>
        <source>This role is held for a unit: choose the unit too.</source>
        <translation>此角色依單位指派：請一併選擇單位。</translation>
    </message>
    <message>
        <source>Who holds the role, from when; leave the end empty while they hold it.</source>
        <translation>由誰擔任、自何時起；仍在任者結束日請留空。</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人員：</translation>
    </message>
    <message>
        <source>For unit:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>迄：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>End assignment</source>
        <translation>結束指派</translation>
    </message>
    <message>
        <source>Choose the assignment in the list first.</source>
        <translation>請先在清單中選擇指派。</translation>
    </message>
    <message>
        <source>%1 holds the role until this day; the assignment stays in the history.</source>
        <translation>%1 擔任此角色至此日為止；此指派保留於歷史紀錄。</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>最後一天：</translation>
    </message>
</context>
<context>
    <name>isms::ui::ReviewDialog</name>
    <message>
        <source>Record a review</source>
        <translation>登錄審查</translation>
    </message>
    <message>
        <source>No change needed</source>
        <translation>無須修訂</translation>
    </message>
    <message>
        <source>Revise: start a new draft</source>
        <translation>修訂：建立新草稿</translation>
    </message>
    <message>
        <source>The policy is reviewed every year, and whenever something significant changes.</source>
        <translation>本政策每年審查一次，並於發生重大變更時審查。</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>審查人員：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登錄</translation>
    </message>
</context>
<context>
    <name>isms::ui::ReviewsPage</name>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>審查對象</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人員</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>登錄完成…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Next 90 days and everything overdue — owner:</source>
        <translation>未來 90 天與所有逾期項目——負責人員：</translation>
    </message>
    <message>
        <source>unit:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Choose a review cycle on the agenda (a measurement is done by recording it).</source>
        <translation>請在時程表中選擇一個審查週期（量測請以登錄量測結果完成）。</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>登錄完成</translation>
    </message>
    <message>
        <source>Done today by:</source>
        <translation>今日辦理者：</translation>
    </message>
    <message>
        <source>New cycle…</source>
        <translation>新增週期…</translation>
    </message>
    <message>
        <source>A review cycle of your own: what is reviewed, how often, by whom, with what lead time.</source>
        <translation>自訂審查週期：審查事項、頻率、負責人員及提前通知天數。</translation>
    </message>
    <message>
        <source>Edit cycle…</source>
        <translation>編輯週期…</translation>
    </message>
    <message>
        <source>Change the interval, lead time or owner of the cycle chosen in the list of review cycles.</source>
        <translation>修改審查週期清單中所選週期的頻率、提前通知天數或負責人員。</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>審查週期</translation>
    </message>
    <message>
        <source>Edit review cycle</source>
        <translation>編輯審查週期</translation>
    </message>
    <message>
        <source>New review cycle</source>
        <translation>新增審查週期</translation>
    </message>
    <message>
        <source>The next due date follows from the last time it was done; it shows as due soon within the lead time.</source>
        <translation>下次到期日依上次完成日計算；進入提前通知期間即標示為即將到期。</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>審查事項：</translation>
    </message>
    <message>
        <source>Every (months):</source>
        <translation>週期（月）：</translation>
    </message>
    <message>
        <source>Lead time (days):</source>
        <translation>提前通知（天）：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>負責人員：</translation>
    </message>
    <message>
        <source>Also when:</source>
        <translation>另於下列情形辦理：</translation>
    </message>
    <message>
        <source>Choose a cycle in the list of review cycles first.</source>
        <translation>請先在審查週期清單中選擇週期。</translation>
    </message>
</context>
<context>
    <name>isms::ui::RocCalendar</name>
    <message>
        <source>Previous month</source>
        <translation>上個月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下個月</translation>
    </message>
</context>
<context>
    <name>isms::ui::SectionTreeModel</name>
    <message>
        <source>Sections</source>
        <translation>章節</translation>
    </message>
</context>
<context>
    <name>isms::ui::SettingsPage</name>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新的語言將於下次啟動時生效。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>結構版本：</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>檢查資料庫</translation>
    </message>
    <message>
        <source>Back up automatically when the program closes</source>
        <translation>程式關閉時自動備份</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>資料夾：</translation>
    </message>
    <message>
        <source>Copies kept:</source>
        <translation>保留份數：</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>自動備份資料夾</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <source>This database is on a server: it is backed up there (pg_dump), or copied to a file with “isms-desk copy”. Automatic backups are for database files.</source>
        <translation>此資料庫位於伺服器：請於伺服器端備份（pg_dump），或以「isms-desk copy」複製成檔案。自動備份僅適用於資料庫檔案。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>不鎖定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>After this many minutes without a key or the mouse, the window asks for the password again; what is being typed in a dialog is kept.</source>
        <translation>超過此分鐘數未使用鍵盤或滑鼠，視窗即要求重新輸入密碼；對話框中正在輸入的內容會保留。</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>閒置後鎖定：</translation>
    </message>
</context>
<context>
    <name>isms::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>登入 %1。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>帳號：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>請輸入帳號。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>請輸入密碼。</translation>
    </message>
</context>
<context>
    <name>isms::ui::SignedSheetDialog</name>
    <message>
        <source>Record a signed sheet</source>
        <translation>登錄已簽簽到表</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（無單位）</translation>
    </message>
    <message>
        <source>Tick everyone</source>
        <translation>全部勾選</translation>
    </message>
    <message>
        <source>Tick the names that are signed on the sheet. Names already acknowledged stay ticked.</source>
        <translation>勾選簽到表上已簽名的人員。已確認者維持勾選。</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>簽名日期：</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 — acknowledged %2</source>
        <translation>%1－已於 %2 確認</translation>
    </message>
    <message>
        <source>Tick at least one name that is signed on the sheet.</source>
        <translation>請至少勾選一位已在簽到表上簽名的人員。</translation>
    </message>
</context>
<context>
    <name>isms::ui::TitleBlockForm</name>
    <message>
        <source>Title block</source>
        <translation>文件資訊</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Apply title block</source>
        <translation>套用文件資訊</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <source>Security classification:</source>
        <translation>安全等級：</translation>
    </message>
    <message>
        <source>Effective date:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Section numbering:</source>
        <translation>節次編號：</translation>
    </message>
    <message>
        <source>How the sections are numbered in the editor, on screen, in print and in every export.</source>
        <translation>章節在編輯器、畫面、列印及各種匯出中的編號方式。</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>機關名稱：</translation>
    </message>
</context>
<context>
    <name>isms::ui::TrailEntryView</name>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>異動前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>異動後</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>開啟此筆紀錄</translation>
    </message>
    <message>
        <source>Choose an entry to read it in full.</source>
        <translation>請選擇一筆軌跡以檢視完整內容。</translation>
    </message>
    <message>
        <source>Entry %1: %2 — %3</source>
        <translation>第 %1 筆：%2 — %3</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <source>Entry hash: %1</source>
        <translation>本筆雜湊值：%1</translation>
    </message>
    <message>
        <source>Show this record where it is kept.</source>
        <translation>前往此筆紀錄所在頁面。</translation>
    </message>
    <message>
        <source>This entry is an event, not a record kept on a page.</source>
        <translation>此筆為事件，不是頁面上保存的紀錄。</translation>
    </message>
    <message>
        <source>This record has been deleted since.</source>
        <translation>此筆紀錄其後已刪除。</translation>
    </message>
    <message>
        <source>Choose an entry of the list first.</source>
        <translation>請先在清單中選擇一筆軌跡。</translation>
    </message>
</context>
<context>
    <name>isms::ui::TrainingPage</name>
    <message>
        <source>Level %1</source>
        <translation>%1 級</translation>
    </message>
    <message>
        <source>Short only</source>
        <translation>僅顯示未達成</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>新增場次…</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>編輯場次…</translation>
    </message>
    <message>
        <source>Record attendance…</source>
        <translation>登錄出席…</translation>
    </message>
    <message>
        <source>Import attendance…</source>
        <translation>匯入出席…</translation>
    </message>
    <message>
        <source>Edit attendance…</source>
        <translation>編輯出席…</translation>
    </message>
    <message>
        <source>Remove attendance…</source>
        <translation>撤銷出席…</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>列印簽到表…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>教育訓練</translation>
    </message>
    <message>
        <source>New requirement…</source>
        <translation>新增時數規定…</translation>
    </message>
    <message>
        <source>Edit requirement…</source>
        <translation>編輯時數規定…</translation>
    </message>
    <message>
        <source>Remove requirement…</source>
        <translation>刪除時數規定…</translation>
    </message>
    <message>
        <source>Responsibility level…</source>
        <translation>責任等級…</translation>
    </message>
    <message>
        <source>(all units)</source>
        <translation>（全部單位）</translation>
    </message>
    <message>
        <source>Standing in year:</source>
        <translation>達成情形年度：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <source>Training record…</source>
        <translation>訓練紀錄…</translation>
    </message>
    <message>
        <source>Standing report…</source>
        <translation>訓練達成報告…</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>訓練紀錄</translation>
    </message>
    <message>
        <source>Choose a person in the standing list first.</source>
        <translation>請先在達成情形清單中選擇人員。</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>PDF 文件 (*.pdf);;CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Training standing</source>
        <translation>訓練達成情形</translation>
    </message>
    <message>
        <source>training-standing-%1</source>
        <translation>教育訓練達成情形-%1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a session in its list first.</source>
        <translation>請先在場次清單中選擇場次。</translation>
    </message>
    <message>
        <source>Choose an attendance in its list first.</source>
        <translation>請先在出席紀錄清單中選擇一筆。</translation>
    </message>
    <message>
        <source>Choose a requirement in its list first.</source>
        <translation>請先在時數規定清單中選擇一筆。</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>新增訓練場次</translation>
    </message>
    <message>
        <source>Edit training session</source>
        <translation>編輯訓練場次</translation>
    </message>
    <message>
        <source>A security training session: a course held on a day, general (通識) or professional (專業). A session still to come can be entered ahead; attendance is recorded once it has been held.</source>
        <translation>資通安全教育訓練場次：某日辦理之課程，分為通識或專業。未來場次可先行登錄；出席於辦理後登錄。</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>課程：</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>辦理日期：</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>時數：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>辦理單位：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Record attendance: %1</source>
        <translation>登錄出席：%1</translation>
    </message>
    <message>
        <source>Attended:</source>
        <translation>出席人員：</translation>
    </message>
    <message>
        <source>Hours each:</source>
        <translation>每人時數：</translation>
    </message>
    <message>
        <source>Edit attendance</source>
        <translation>編輯出席</translation>
    </message>
    <message>
        <source>Hours attended:</source>
        <translation>出席時數：</translation>
    </message>
    <message>
        <source>Responsibility level</source>
        <translation>資通安全責任等級</translation>
    </message>
    <message>
        <source>The agency&apos;s responsibility level (資通安全責任等級): the requirements of that level apply.</source>
        <translation>本機關之資通安全責任等級：適用該等級之訓練時數規定。</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>等級：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>New training requirement</source>
        <translation>新增訓練時數規定</translation>
    </message>
    <message>
        <source>Edit training requirement</source>
        <translation>編輯訓練時數規定</translation>
    </message>
    <message>
        <source>The hours of one kind of training someone must have a year, under a responsibility level. A person needs, of each kind, the most that any requirement applying to them asks.</source>
        <translation>某責任等級下，特定對象每年應受某類訓練之時數。每人每類所需時數，取適用規定中最高者。</translation>
    </message>
    <message>
        <source>Responsibility level:</source>
        <translation>責任等級：</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>適用對象：</translation>
    </message>
    <message>
        <source>Role (for holders of a role):</source>
        <translation>角色（適用對象為角色時）：</translation>
    </message>
    <message>
        <source>Person category:</source>
        <translation>人員類別：</translation>
    </message>
    <message>
        <source>Hours a year:</source>
        <translation>每年時數：</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s) recorded.</source>
        <translation>
            <numerusform>已登錄 %n 筆出席。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these lines and import the file again:</source>
        <translation>未匯入任何資料。請更正下列各行後重新匯入：</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Remove the chosen requirement? The audit trail keeps it.</source>
        <translation>刪除所選時數規定？稽核軌跡仍會保留。</translation>
    </message>
    <message>
        <source>Import attendance</source>
        <translation>匯入出席</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Enter the defaults</source>
        <translation>填入預設規定</translation>
    </message>
    <message>
        <source>The agency is of responsibility level %1; its requirements below apply.</source>
        <translation>本機關資通安全責任等級為 %1 級，適用下列該等級之時數規定。</translation>
    </message>
    <message>
        <source>The agency is of responsibility level %1, which has no requirements entered, so the defaults apply: %2. “Enter the defaults” makes them requirements you can change.</source>
        <translation>本機關資通安全責任等級為 %1 級，該等級尚未登錄時數規定，故適用預設規定：%2。按「填入預設規定」可將其登錄為可修改的時數規定。</translation>
    </message>
    <message>
        <source>Remove session…</source>
        <translation>刪除場次…</translation>
    </message>
    <message>
        <source>training-record-%1-%2</source>
        <translation>教育訓練紀錄-%1-%2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, held on %2. Tick the people who signed the sheet. Someone who left early: record them, then edit their hours.</source>
        <translation>%1，辦理日期 %2。請勾選簽到表上已簽名者；提早離席者：先登錄，再編輯其時數。</translation>
    </message>
    <message>
        <source>The hours %1 attended, at most the session&apos;s.</source>
        <translation>%1 的實際出席時數，不超過場次時數。</translation>
    </message>
    <message>
        <source>The session is still to come: record who attended once it has been held.</source>
        <translation>本場次尚未辦理；請於辦理後再登錄出席。</translation>
    </message>
    <message>
        <source>Take back the attendance of %1? The audit trail keeps it.</source>
        <translation>撤銷 %1 的出席紀錄？稽核軌跡仍會保留。</translation>
    </message>
    <message>
        <source>Remove the session %1 of %2? The audit trail keeps it.</source>
        <translation>刪除 %2 的場次「%1」？稽核軌跡仍會保留。</translation>
    </message>
    <message>
        <source>It is level %1&apos;s only requirement for everyone on the staff: without it, only those other requirements name must have training, and objective 3 counts only them.</source>
        <translation>這是 %1 級唯一適用全體同仁的規定：刪除後，僅其他規定所列對象須受訓，目標三也只計算這些人。</translation>
    </message>
    <message>
        <source>Import attendance of %1 (%2)</source>
        <translation>匯入出席：%1（%2）</translation>
    </message>
</context>
<context>
    <name>isms::ui::TypedWorkGuard</name>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation>要捨棄您在此表單中輸入的內容嗎？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>繼續編輯</translation>
    </message>
</context>
<context>
    <name>isms::ui::UsersPage</name>
    <message>
        <source>Add user…</source>
        <translation>新增使用者…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>停用／啟用</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重設密碼…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>變更角色…</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>使用者帳號</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重設密碼</translation>
    </message>
    <message>
        <source>New password (at least %1 characters):</source>
        <translation>新密碼（至少 %1 個字元）：</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>變更角色</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
</context>
<context>
    <name>isms::ui::VerifyDialog</name>
    <message>
        <source>Verify a printed copy</source>
        <translation>驗證紙本</translation>
    </message>
    <message>
        <source>Type the fingerprint printed on the last page of the copy (16 digits in groups of four), or open a PDF exported by ISMS Desk.</source>
        <translation>請輸入文件最後一頁所列印的內容指紋（每四位一組的 16 位數字），或開啟由 ISMS Desk 匯出的 PDF。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核對</translation>
    </message>
    <message>
        <source>Open PDF…</source>
        <translation>開啟 PDF…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>開啟 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>isms::ui::VersionActions</name>
    <message>
        <source>New version…</source>
        <translation>新版本…</translation>
    </message>
    <message>
        <source>Effective date…</source>
        <translation>生效日期…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>送審</translation>
    </message>
    <message>
        <source>Return to draft…</source>
        <translation>退回草稿…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>核定…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>發布</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>政策版本</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Withdraw version</source>
        <translation>撤回版本</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Publish version %1</source>
        <translation>發布第 %1 版</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>編輯草稿…</translation>
    </message>
    <message>
        <source>Publish version %1? It takes effect on %2; until then version %3 stays in force.</source>
        <translation>要發布版本 %1 嗎？將於%2生效；在此之前版本 %3 仍為現行版本。</translation>
    </message>
    <message>
        <source>Publish version %1? It takes effect on %2.</source>
        <translation>要發布版本 %1 嗎？將於%2生效。</translation>
    </message>
    <message>
        <source>Publish version %1? It takes effect at once, and version %2 is superseded from today.</source>
        <translation>要發布版本 %1 嗎？將立即生效，版本 %2 自今日起被取代。</translation>
    </message>
    <message>
        <source>Publish version %1? It takes effect at once.</source>
        <translation>要發布版本 %1 嗎？將立即生效。</translation>
    </message>
    <message>
        <source>Choose a version in the list.</source>
        <translation>請在清單中選擇一個版本。</translation>
    </message>
    <message>
        <source>A withdrawn version is not revised: start from another version.</source>
        <translation>已撤回的版本不再修訂，請由其他版本開始。</translation>
    </message>
    <message>
        <source>Only a draft is edited; this version is “%1”: make a new version to change it.</source>
        <translation>只有草稿可以編輯；此版本為「%1」，要修改請建立新版本。</translation>
    </message>
    <message>
        <source>The effective date is set while the version is a draft or in review; this one is “%1”.</source>
        <translation>生效日期只能在草稿或審查中設定；此版本為「%1」。</translation>
    </message>
    <message>
        <source>Only a draft is submitted for review; this version is “%1”.</source>
        <translation>只有草稿可以送審；此版本為「%1」。</translation>
    </message>
    <message>
        <source>Only a version in review is returned to draft; this one is “%1”.</source>
        <translation>只有審查中的版本可以退回草稿；此版本為「%1」。</translation>
    </message>
    <message>
        <source>Only a version in review is approved; this one is “%1”. An editor submits it for review.</source>
        <translation>只有審查中的版本可以核定；此版本為「%1」。送審由編輯者辦理。</translation>
    </message>
    <message>
        <source>Only an approved version is published; this one is “%1”.</source>
        <translation>只有已核定的版本可以發布；此版本為「%1」。</translation>
    </message>
    <message>
        <source>Only a draft or a version in review is withdrawn; this one is “%1”.</source>
        <translation>只有草稿或審查中的版本可以撤回；此版本為「%1」。</translation>
    </message>
    <message>
        <source>Version %1 is in review: the convener approves it, or returns it to draft.</source>
        <translation>第 %1 版已送審：由召集人核定，或退回草稿。</translation>
    </message>
    <message>
        <source>Version %1 takes effect on:</source>
        <translation>第 %1 版生效日期：</translation>
    </message>
    <message>
        <source>Version %1 is withdrawn.</source>
        <translation>第 %1 版已撤回。</translation>
    </message>
    <message>
        <source>Version %1 is a draft again.</source>
        <translation>第 %1 版已退回草稿。</translation>
    </message>
    <message>
        <source>Version %1 is approved, signed by %2.</source>
        <translation>第 %1 版已核定，由%2簽署。</translation>
    </message>
    <message>
        <source>Version %1 is published.</source>
        <translation>第 %1 版已發布。</translation>
    </message>
    <message>
        <source>Version %1&apos;s effective date is set to %2.</source>
        <translation>第 %1 版的生效日期已設為%2。</translation>
    </message>
</context>
<context>
    <name>isms::ui::YearSpinBox</name>
    <message>
        <source>ROC</source>
        <comment>the era before a year of the ROC calendar</comment>
        <translation>民國</translation>
    </message>
    <message>
        <source>year</source>
        <comment>the mark after a year of the ROC calendar</comment>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ISMS Desk</source>
        <translation>ISMS Desk 資通安全管理系統</translation>
    </message>
    <message>
        <source>There is no display to open the window on (DISPLAY is not set). Commands run without one: see isms-desk --help.</source>
        <translation>沒有可開啟視窗的顯示器（未設定 DISPLAY）。命令不需顯示器即可執行：請參閱 isms-desk --help。</translation>
    </message>
</context>
</TS>
