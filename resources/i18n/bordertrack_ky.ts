<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>AppContext</name>
    <message>
        <source>Could not use {file} ({reason}); close it in other programs such as Excel, check the disk and try again.</source>
        <translation>{file} колдонулган жок ({reason}); аны башка программаларда, мисалы Excel&apos;де жабыңыз, дискти текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}); nothing was saved.</source>
        <translation>Күтүлбөгөн ката кетти ({error}); эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>BorderTrack</source>
        <translation>BorderTrack</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>{n} of {days}</source>
        <translation>{days} ичинен {n}</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Катышты</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Катышуу баракчасы</translation>
    </message>
    <message>
        <source>A printable roster with a box per day and a signature column, for classrooms without a computer.</source>
        <translation>Компьютери жок класстар үчүн ар бир күнгө уячасы жана кол тамга тилкеси бар басып чыгаруучу тизме.</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Сабак:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>PDF &amp;сактоо...</translation>
    </message>
    <message>
        <source>Save attendance sheet</source>
        <translation>Катышуу баракчасын сактоо</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF документ (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the attendance sheet...</source>
        <translation>Катышуу баракчасы жазылууда...</translation>
    </message>
    <message>
        <source>Sheet for {n} people saved to {path}.</source>
        <translation>{n} адамга баракча {path} ичине сакталды.</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <source>Certificates of completion for the people who passed, one PDF each, with the certificate number and a check code that shows any alteration.</source>
        <translation>Тапшыргандар үчүн курсту бүтүргөнү тууралуу сертификаттар, ар бирине бир PDF, сертификаттын номери жана ар кандай өзгөртүүнү көрсөтүүчү текшерүү коду менен.</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Сабак:</translation>
    </message>
    <message>
        <source>&amp;Passed:</source>
        <translation>&amp;Тапшыргандар:</translation>
    </message>
    <message>
        <source>Signed by (&amp;1):</source>
        <translation>Кол коёт (&amp;1):</translation>
    </message>
    <message>
        <source>Signed by (&amp;2):</source>
        <translation>Кол коёт (&amp;2):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Кызматы</translation>
    </message>
    <message>
        <source>&amp;Save certificates...</source>
        <translation>Сертификаттарды &amp;сактоо...</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Сертификатты текшерүү</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Текшерүү</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Сертификаттар үчүн папка</translation>
    </message>
    <message>
        <source>{n} certificates saved in {folder}.</source>
        <translation>{n} сертификат {folder} папкасына сакталды.</translation>
    </message>
    <message>
        <source>Writing certificates...</source>
        <translation>Сертификаттар жазылууда...</translation>
    </message>
    <message>
        <source>Valid: {holder}, {course}, completed {date}.</source>
        <translation>Жарактуу: {holder}, {course}, {date} бүткөн.</translation>
    </message>
    <message>
        <source>The register now spells the name {name}.</source>
        <translation>Азыр реестрде аты-жөнү мындай жазылган: {name}.</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>&amp;Post for rows that name none:</source>
        <translation>&amp;Посту жок саптар үчүн пост:</translation>
    </message>
    <message>
        <source>C&amp;urrency of the value column:</source>
        <translation>Баа тилкесинин &amp;валютасы:</translation>
    </message>
    <message>
        <source>(as its header says, else the project&apos;s)</source>
        <translation>(аталышында жазылгандай, болбосо долбоордуку)</translation>
    </message>
    <message>
        <source>&amp;Keep these choices as a template: a register with the same columns is matched the same way next time</source>
        <translation>&amp;Тандоону үлгү катары сактоо: ошол эле тилкелүү тизме кийинки жолу ушундай эле дал келет</translation>
    </message>
    <message>
        <source>These choices come from a template kept for registers with these columns.</source>
        <translation>Бул тандоо ушундай тилкелүү тизмелер үчүн сакталган үлгүдөн алынды.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Тилкелерди дал келтириңиз</translation>
    </message>
    <message>
        <source>Each column of the sheet goes into the field chosen here, is kept in the notes, or is left out.</source>
        <translation>Барактын ар бир тилкеси бул жерде тандалган талаага өтөт, эскертүүдө сакталат же киргизилбейт.</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(киргизилбейт)</translation>
    </message>
    <message>
        <source>(kept in the notes)</source>
        <translation>(эскертүүгө)</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>{n}-тилке</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жок)</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>deleted here, edited there (or the reverse)</source>
        <translation>бул жерде өчүрүлгөн, тигил жерде өзгөртүлгөн (же тескерисинче)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{entity} {title}&lt;/b&gt;: {field}</source>
        <translation>&lt;b&gt;{entity} {title}&lt;/b&gt;: {field}</translation>
    </message>
    <message>
        <source>Made on {device}, {when}</source>
        <translation>{device} түзмөгүндө жасалган, {when}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Тандаңыз…</translation>
    </message>
    <message>
        <source>Keep this side for all {n} fields</source>
        <translation>Бардык талаалар үчүн ушул тарапты калтыруу ({n})</translation>
    </message>
    <message>
        <source>{field}: {mine} here, {theirs} there</source>
        <translation>{field}: бул жерде {mine}, тигил жакта {theirs}</translation>
    </message>
    <message>
        <source>Also in conflict on this record:</source>
        <translation>Бул жазууда дагы карама-каршылыктар бар:</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Бул түзмөк</translation>
    </message>
    <message>
        <source>The other device</source>
        <translation>Башка түзмөк</translation>
    </message>
    <message>
        <source>&amp;Keep this one</source>
        <translation>&amp;Ушуну калтыруу</translation>
    </message>
    <message>
        <source>K&amp;eep this one</source>
        <translation>Ушуну &amp;калтыруу</translation>
    </message>
    <message>
        <source>Or &amp;another value:</source>
        <translation>Же &amp;башка маани:</translation>
    </message>
    <message>
        <source>Keep this &amp;value</source>
        <translation>Бул &amp;маанини калтыруу</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Карала турган карама-каршылыктар жок.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>No agency</source>
        <translation>Мекемеси жок</translation>
    </message>
    <message>
        <source>{pct}% complete on average</source>
        <translation>Орточо аткарылышы {pct}%</translation>
    </message>
    <message>
        <source>{n} conflicts to review</source>
        <translation>Каралуучу карама-каршылыктар: {n}</translation>
    </message>
    <message>
        <source>{n} possible duplicates to merge</source>
        <translation>Бириктирүүчү мүмкүн болгон кайталанмалар: {n}</translation>
    </message>
    <message>
        <source>{n} items not verified for over 12 months</source>
        <translation>12 айдан ашык текшерилбеген буюмдар: {n}</translation>
    </message>
    <message>
        <source>{n} works past their planned end</source>
        <translation>Пландалган мөөнөтү өткөн иштер: {n}</translation>
    </message>
    <message>
        <source>{n} enrolments of finished sessions without a result</source>
        <translation>Аяктаган сабактарга жыйынтыгы жок жазылуулар: {n}</translation>
    </message>
    <message>
        <source>Equipment by status, per post</source>
        <translation>Мүлк абалы боюнча, посттор боюнча</translation>
    </message>
    <message>
        <source>People trained in {year}, by agency and sex</source>
        <translation>{year}-жылы окутулгандар, мекемелер жана жынысы боюнча</translation>
    </message>
    <message>
        <source>Works by status</source>
        <translation>Иштер абалы боюнча</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Көңүл бурууну талап кылат</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <source>Average progress of works:</source>
        <translation>Иштердин орточо аткарылышы:</translation>
    </message>
    <message>
        <source>Nothing needs attention: no conflicts, nothing overdue.</source>
        <translation>Баары ордунда: карама-каршылыктар да, мөөнөтү өткөндөр да жок.</translation>
    </message>
    <message>
        <source>No records yet</source>
        <translation>Азырынча жазуулар жок</translation>
    </message>
    <message>
        <source>Nobody completed a course in this year yet</source>
        <translation>Бул жылы курсту азырынча эч ким аяктаган жок</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick from a calendar</source>
        <translation>Календардан тандоо</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>BorderTrack</source>
        <translation>BorderTrack</translation>
    </message>
    <message>
        <source>This device: &lt;b&gt;{name}&lt;/b&gt; ({role}); card fingerprint &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation>Бул түзмөк: &lt;b&gt;{name}&lt;/b&gt; ({role}); карточканын изи &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Ишенимдүү</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Жокко чыгарылган</translation>
    </message>
    <message>
        <source>Known through the coordinator</source>
        <translation>Координатор аркылуу белгилүү</translation>
    </message>
    <message>
        <source>Save this device&apos;s card</source>
        <translation>Түзмөктүн карточкасын сактоо</translation>
    </message>
    <message>
        <source>Enrol a device from its card</source>
        <translation>Түзмөктү карточкасы боюнча кошуу</translation>
    </message>
    <message>
        <source>Revoke {name}? Its bundles will be refused from now on; what it sent before stays.</source>
        <translation>{name} түзмөгүнө ишеним жокко чыгарылсынбы? Мындан ары анын пакеттери кабыл алынбайт; мурда жөнөткөндөрү сакталат.</translation>
    </message>
    <message>
        <source>&amp;Save my device card…</source>
        <translation>Бул түзмөктүн карточкасын &amp;сактоо…</translation>
    </message>
    <message>
        <source>E&amp;nrol a device from its card…</source>
        <translation>Түзмөктү карточкасы боюнча &amp;кошуу…</translation>
    </message>
    <message>
        <source>&amp;Revoke the selected device</source>
        <translation>Тандалган түзмөккө ишенимди &amp;жокко чыгаруу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Ачкычтын изи</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Кошулду</translation>
    </message>
</context>
<context>
    <name>DonorPage</name>
    <message>
        <source>All projects</source>
        <translation>Бардык долбоорлор</translation>
    </message>
    <message>
        <source>Donor report</source>
        <translation>Донорго отчёт</translation>
    </message>
    <message>
        <source>An Excel workbook for donors: equipment delivered, stock-take coverage and losses, people trained by sex, agency and post, and infrastructure works.</source>
        <translation>Донорлор үчүн Excel китеби: жеткирилген жабдуулар, инвентаризациянын камтылышы жана жоготуулар, жынысы, мекемеси жана посту боюнча окутулгандар, инфраструктуралык иштер.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Баштап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Чейин:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>До&amp;лбоор:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <source>Converted total &amp;in:</source>
        <translation>Жыйынтыкты &amp;которуу:</translation>
    </message>
    <message>
        <source>&amp;Rates:</source>
        <translation>&amp;Курстар:</translation>
    </message>
    <message>
        <source>e.g. EUR (leave empty: totals per currency)</source>
        <translation>мисалы, EUR (бош: валюталар боюнча жыйынтыктар)</translation>
    </message>
    <message>
        <source>e.g. USD=0.92 (one per other currency)</source>
        <translation>мисалы, USD=0.92 (ар бир башка валюта үчүн бирден)</translation>
    </message>
    <message>
        <source>&amp;Save workbook...</source>
        <translation>Китепти &amp;сактоо...</translation>
    </message>
    <message>
        <source>Save donor report</source>
        <translation>Донорго отчётту сактоо</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel китеби (*.xlsx)</translation>
    </message>
    <message>
        <source>Making the donor report...</source>
        <translation>Донорго отчёт түзүлүүдө...</translation>
    </message>
    <message>
        <source>Donor report saved to {path}.</source>
        <translation>Донорго отчёт {path} ичине сакталды.</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>{entity}: {field} {value} ({n} records)</source>
        <translation>{entity}: {field} {value} ({n} жазуу)</translation>
    </message>
    <message>
        <source>Both records have {field} {value}. Keep one; the other is merged into it.</source>
        <translation>Эки жазуунун тең {field} {value}. Бирөөнү калтырыңыз; экинчиси ага бириктирилет.</translation>
    </message>
    <message>
        <source>Record 1</source>
        <translation>1-жазуу</translation>
    </message>
    <message>
        <source>Record 2</source>
        <translation>2-жазуу</translation>
    </message>
    <message>
        <source>Keep record &amp;1</source>
        <translation>&amp;1-жазууну калтыруу</translation>
    </message>
    <message>
        <source>Keep record &amp;2</source>
        <translation>&amp;2-жазууну калтыруу</translation>
    </message>
    <message>
        <source>No duplicates to merge.</source>
        <translation>Бириктире турган кайталанмалар жок.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <source>&amp;Service number:</source>
        <translation>&amp;Кызматтык номери:</translation>
    </message>
    <message>
        <source>Type a service number and press Enter</source>
        <translation>Кызматтык номерди жазып, Enter басыңыз</translation>
    </message>
    <message>
        <source>E&amp;nrol</source>
        <translation>&amp;Жазуу</translation>
    </message>
    <message>
        <source>Nobody holds this service number yet: enter the new person&apos;s name.</source>
        <translation>Мындай кызматтык номер азырынча жок: жаңы адамдын аты-жөнүн жазыңыз.</translation>
    </message>
    <message>
        <source>{name} was added to the people and enrolled.</source>
        <translation>{name} адамдардын тизмесине кошулуп, курска жазылды.</translation>
    </message>
    <message>
        <source>{name} was found by service number and enrolled.</source>
        <translation>{name} кызматтык номери боюнча табылып, курска жазылды.</translation>
    </message>
</context>
<context>
    <name>EntityBrowser</name>
    <message>
        <source>{n} shown</source>
        <translation>Көрсөтүлдү: {n}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excelге чыгаруу</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel китеби (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} rows written to {path}.</source>
        <translation>{n} сап жазылды, файл {path}.</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>{path} жазылууда…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Издөө:</translation>
    </message>
    <message>
        <source>Type to search (Ctrl+F)</source>
        <translation>Издөө үчүн жазыңыз (Ctrl+F)</translation>
    </message>
    <message>
        <source>All: {field}</source>
        <translation>Баары: {field}</translation>
    </message>
    <message>
        <source>{field} from/to:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Жаңы…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ачуу…</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Тарых</translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation>&amp;Мамычалар…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Excelге…</translation>
    </message>
</context>
<context>
    <name>EquipmentScreen</name>
    <message>
        <source>Hand-over act</source>
        <translation>Кабыл алуу-өткөрүп берүү акты</translation>
    </message>
    <message>
        <source>Select the items first.</source>
        <translation>Адегенде мүлктү тандаңыз.</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Берүү…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Өткөрүү…</translation>
    </message>
    <message>
        <source>Mar&amp;k status…</source>
        <translation>&amp;Абалы…</translation>
    </message>
    <message>
        <source>Hand-o&amp;ver act…</source>
        <translation>Өткөрүп берүү &amp;акты…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>Excel&apos;ден &amp;импорттоо…</translation>
    </message>
    <message>
        <source>Not &amp;verified for 12 months</source>
        <translation>12 ай &amp;текшерилген эмес</translation>
    </message>
    <message>
        <source>No stock-take check (or receipt) in the last 12 months</source>
        <translation>Акыркы 12 айда инвентаризация да, кабыл алуу да болгон жок</translation>
    </message>
    <message>
        <source>Bring in the post&apos;s existing Excel register</source>
        <translation>Пункттун учурдагы Excel реестрин жүктөө</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Anyone (a full export)</source>
        <translation>Ар кимге (толук экспорт)</translation>
    </message>
    <message>
        <source>— choose who receives it —</source>
        <translation>— алуучуну тандаңыз —</translation>
    </message>
    <message>
        <source>Choose who receives the bundle first.</source>
        <translation>Адегенде пакетти кимге жөнөтөрүн тандаңыз.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Пакетти экспорттоо</translation>
    </message>
    <message>
        <source>Excel bundle (*.xlsx)</source>
        <translation>Excel пакети (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Пакет жазылууда…</translation>
    </message>
    <message>
        <source>Bundle {seq} written: {n} changes in {file}.</source>
        <translation>{seq}-пакет жазылды: {n} өзгөртүү, файл {file}.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Пакетти импорттоо</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Пакет текшерилүүдө…</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Пакет импорттолууда…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт токтотулду; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Open a bundle to see what it would change.</source>
        <translation>Эмнени өзгөртөрүн көрүү үчүн пакетти ачыңыз.</translation>
    </message>
    <message>
        <source>This bundle is addressed to another device; Apply imports it here anyway.</source>
        <translation>Бул пакет башка түзмөккө жөнөтүлгөн; «Колдонуу» баары бир аны бул жерге импорттойт.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңыланды</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Өзгөргөн жок</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Өчүрүлдү</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Карама-каршылыктар</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Кайталанмалар</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Укугунан тышкары</translation>
    </message>
    <message>
        <source>Records of {entity}</source>
        <translation>Жазуулар: {entity}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Кимге:</translation>
    </message>
    <message>
        <source>&amp;Full export (everything, not only what is new for them)</source>
        <translation>&amp;Толук экспорт (алуучу үчүн жаңысы гана эмес, баары)</translation>
    </message>
    <message>
        <source>E&amp;xport to a file…</source>
        <translation>Файлга &amp;экспорттоо…</translation>
    </message>
    <message>
        <source>&amp;Open a bundle…</source>
        <translation>Пакетти &amp;ачуу…</translation>
    </message>
    <message>
        <source>&amp;Apply import</source>
        <translation>Импортту &amp;колдонуу</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>&amp;Move the items to the receiving post</source>
        <translation>Мүлктү кабыл алуучу постко &amp;которуу</translation>
    </message>
    <message>
        <source>Items on this act ({n}):</source>
        <translation>Бул акттагы мүлк ({n}):</translation>
    </message>
    <message>
        <source>New hand-over act</source>
        <translation>Жаңы кабыл алуу-өткөрүп берүү акты</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Hand-over act</source>
        <translation>Өткөрүп берүү акты</translation>
    </message>
    <message>
        <source>The printable act: every item with asset tag, serial, model and value, the totals and the signature lines.</source>
        <translation>Басып чыгаруучу акт: ар бир бирдик инвентардык жана сериялык номери, модели жана наркы менен, жыйынтыктар жана кол тамга саптары.</translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation>&amp;Акт:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>PDF &amp;сактоо...</translation>
    </message>
    <message>
        <source>Save hand-over act</source>
        <translation>Өткөрүп берүү актын сактоо</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF документ (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the act...</source>
        <translation>Акт жазылууда...</translation>
    </message>
    <message>
        <source>Act with {n} items saved to {path}.</source>
        <translation>{n} бирдиктүү акт {path} ичине сакталды.</translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <source>Save the act as PDF</source>
        <translation>Актты PDF катары сактоо</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the act...</source>
        <translation>Акт түзүлүүдө...</translation>
    </message>
    <message>
        <source>&amp;Print act (PDF)...</source>
        <translation>Актты &amp;басып чыгаруу (PDF)...</translation>
    </message>
    <message>
        <source>To make an act, select items on the Equipment screen and press &quot;Hand-over act&quot;.</source>
        <translation>Акт түзүү үчүн «Мүлк» экранынан мүлктү тандап, «Өткөрүп берүү акты» баскычын басыңыз.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>(held: waits for the record to reach this post)</source>
        <translation>(кармалды: жазуу бул постко келгенче күтөт)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(көрсөтүлгөн эмес)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Түзмөк</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Мурда → азыр</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарых</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Nothing is missing: everything sent to this device has arrived.</source>
        <translation>Эч нерсе жоголгон жок: бул түзмөккө жөнөтүлгөндүн баары келди.</translation>
    </message>
    <message>
        <source>Changes not yet received, per device:</source>
        <translation>Түзмөктөр боюнча али алына элек өзгөртүүлөр:</translation>
    </message>
    <message>
        <source>No gaps: every change numbered so far has arrived.</source>
        <translation>Боштуктар жок: номерленген бардык өзгөртүүлөр келди.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорттолду</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кимден</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңыланды</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Карама-каршылыктар</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Укугунан тышкары</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Түзмөк</translation>
    </message>
    <message>
        <source>Change numbers missing</source>
        <translation>Жетишпеген өзгөртүү номерлери</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Саны</translation>
    </message>
</context>
<context>
    <name>InfrastructureScreen</name>
    <message>
        <source>&amp;Late only</source>
        <translation>&amp;Мөөнөтү өткөн</translation>
    </message>
    <message>
        <source>Planned end has passed and the works are not complete</source>
        <translation>Пландалган мөөнөт өттү, иштер бүтө элек</translation>
    </message>
    <message>
        <source>Inspections of the selected facility</source>
        <translation>Тандалган объекттин кароолору</translation>
    </message>
    <message>
        <source>Record &amp;inspection…</source>
        <translation>&amp;Кароону жазуу…</translation>
    </message>
</context>
<context>
    <name>ItemActionDialog</name>
    <message>
        <source>&amp;Holder (name or service number):</source>
        <translation>&amp;Жооптуу адам (аты-жөнү же кызматтык номери):</translation>
    </message>
    <message>
        <source>&amp;To post:</source>
        <translation>&amp;Постко:</translation>
    </message>
    <message>
        <source>— choose the new status —</source>
        <translation>— жаңы абалды тандаңыз —</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Жаңы абалы:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себеби:</translation>
    </message>
    <message>
        <source>Assign to a holder</source>
        <translation>Жооптуу адамга берүү</translation>
    </message>
    <message>
        <source>Transfer to another post</source>
        <translation>Башка постко өткөрүп берүү</translation>
    </message>
    <message>
        <source>Mark status</source>
        <translation>Абалын белгилөө</translation>
    </message>
    <message>
        <source>This changes {n} item(s): {items}</source>
        <translation>Өзгөрө турган буюмдар ({n}): {items}</translation>
    </message>
    <message>
        <source>and {n} more.</source>
        <translation>жана дагы {n}.</translation>
    </message>
    <message>
        <source>Choose the new status first.</source>
        <translation>Адегенде жаңы абалды тандаңыз.</translation>
    </message>
    <message>
        <source>Give the reason (what happened, report number).</source>
        <translation>Себебин көрсөтүңүз (эмне болду, баяндаманын номери).</translation>
    </message>
    <message>
        <source>Choose who or where first.</source>
        <translation>Адегенде кимге же кайда экенин тандаңыз.</translation>
    </message>
    <message>
        <source>Saved: {n} item(s) changed.</source>
        <translation>Сакталды: {n} буюм өзгөрдү.</translation>
    </message>
</context>
<context>
    <name>LabelsPage</name>
    <message>
        <source>Still held (not lost, stolen or written off)</source>
        <translation>Эсепте (жоголгон, уурдалган, эсептен чыгарылган эмес)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Каалаган абал</translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation>Инвентардык энбелгилер</translation>
    </message>
    <message>
        <source>A sheet of 21 labels per A4 page (63.5 x 38.1 mm) with asset tag, post and a QR code that the stock-take scan box reads.</source>
        <translation>A4 баракта 21 энбелги (63,5 x 38,1 мм): инвентардык номер, пост жана инвентаризацияда окулуучу QR-код.</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Пост:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Абалы:</translation>
    </message>
    <message>
        <source>&amp;Save labels...</source>
        <translation>Энбелгилерди &amp;сактоо...</translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>Энбелгилерди сактоо</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF документ (*.pdf)</translation>
    </message>
    <message>
        <source>Writing labels...</source>
        <translation>Энбелгилер жазылууда...</translation>
    </message>
    <message>
        <source>{n} labels saved to {path}.</source>
        <translation>{n} энбелги {path} ичине сакталды.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This screen could not open: {error}</source>
        <translation>Бул экран ачылган жок: {error}</translation>
    </message>
    <message>
        <source>BorderTrack — {device}</source>
        <translation>BorderTrack — {device}</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Ким иштеп жатат?</translation>
    </message>
    <message>
        <source>Choose your name: it is recorded with every change you make.</source>
        <translation>Атыңызды тандаңыз: ал ар бир өзгөртүүңүз менен жазылат.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>Read only on this device: the coordinator keeps these records.</source>
        <translation>Бул түзмөктө окуу үчүн гана: бул жазууларды координатор жүргүзөт.</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>Excel&apos;ден &amp;импорттоо…</translation>
    </message>
    <message>
        <source>Bring in an existing list of officers or trainees</source>
        <translation>Кызматкерлердин же угуучулардын учурдагы тизмесин жүктөө</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Already registered: {name} ({agency}); open that record instead.</source>
        <translation>Мурунтан катталган: {name} ({agency}); ошол жазууну ачыңыз.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Kept in the notes</source>
        <translation>Эскертүүгө</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Киргизилбейт</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Сап</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Маанилер</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Көйгөйлөр</translation>
    </message>
    <message>
        <source>Needs review: {what}</source>
        <translation>Текшерүү керек: {what}</translation>
    </message>
    <message>
        <source>Not an item: {why}</source>
        <translation>Буюм эмес: {why}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгөртүү</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Өзгөрүүсүз</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Импорттолбойт</translation>
    </message>
    <message>
        <source>Not an item</source>
        <translation>Буюм эмес</translation>
    </message>
    <message>
        <source>{action}, to review</source>
        <translation>{action}, текшерүү</translation>
    </message>
</context>
<context>
    <name>PreviewDetails</name>
    <message>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгөртүлдү</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Өчүрүлдү</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Карама-каршылык</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Кармалды</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Бардык жазуулар</translation>
    </message>
    <message>
        <source>{value} ({device}, {when})</source>
        <translation>{value} ({device}, {when})</translation>
    </message>
    <message>
        <source>both kept for review on the Conflicts tab</source>
        <translation>экөө тең «Карама-каршылыктар» өтмөгүндө текшерүү үчүн сакталды</translation>
    </message>
    <message>
        <source>{n} more lines are not listed; the counts above include them.</source>
        <translation>Дагы {n} сап көрсөтүлгөн жок; алар жогорудагы сандарга кирет.</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Жазуулар:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрү:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Бардык түрлөр</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Азыр</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>Импорттон кийин</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Number formats cannot be read from .{kind} files: a number shown with leading zeros (000130) arrives without them (130). To keep them, save the register as .xlsx in Excel or LibreOffice and import that file.</source>
        <translation>.{kind} файлдарынан сандардын форматын окууга болбойт: алдында нөлдөр менен көрсөтүлгөн сан (000130) аларсыз келет (130). Нөлдөрдү сактоо үчүн тизмени Excel же LibreOffice аркылуу .xlsx форматында сактап, ошол файлды импорттоңуз.</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Import. Rows marked &apos;Not imported&apos; say why; fix them in the sheet and import it again later.</source>
        <translation>«Импорттоо» баскычын баспаганча эч нерсе сакталбайт. «Импорттолбойт» деген саптарда себеби көрсөтүлгөн; аларды файлда оңдоп, кийин кайра импорттоңуз.</translation>
    </message>
    <message>
        <source>Check every column and row</source>
        <translation>Ар бир тилкени жана сапты текшериңиз</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Тилке</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Болот</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Түшүндүрмө</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсөтүү:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Бардык саптар</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Киргизилбеген саптар</translation>
    </message>
    <message>
        <source>Rows that need review</source>
        <translation>Текшерүүнү талап кылган саптар</translation>
    </message>
    <message>
        <source>Rows that are not items</source>
        <translation>Буюм эмес саптар</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттоо</translation>
    </message>
    <message>
        <source>Checking the rows...</source>
        <translation>Саптар текшерилүүдө...</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {same} unchanged, {skip} not imported, {review} to review, {ignored} rows not items.</source>
        <translation>Жаңы: {new}, өзгөргөн: {changed}, өзгөрүүсүз: {same}, киргизилбейт: {skip}, текшерүүгө: {review}, буюм эмес саптар: {ignored}.</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n holder(s) who match nobody as new people: {names}</source>
        <translation>
            <numerusform>Эч кимге дал келбеген %n жооптуу адамды жаңы адам катары кошуу: {names}</numerusform>
            <numerusform>Эч кимге дал келбеген %n жооптуу адамды жаңы адам катары кошуу: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Импорттолууда...</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Unlock this device&apos;s key</source>
        <translation>Түзмөктүн ачкычын ачуу</translation>
    </message>
    <message>
        <source>The key that signs bundles is protected. Type its passphrase to export this session, or cancel to work without exporting.</source>
        <translation>Пакеттерге кол коюучу ачкыч корголгон. Бул сеанста экспорттоо үчүн сырсөздү териңиз, же экспортсуз иштөө үчүн жокко чыгарыңыз.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Type this device&apos;s PIN to continue.</source>
        <translation>Улантуу үчүн түзмөктүн PIN-кодун териңиз.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Кайда:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлдын &amp;түрү:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Баарын сактоо</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ооба</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Баарына ооба</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жок</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Баарына ж&amp;ок</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Өткөрүп жиберүү</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сактабоо</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Баштапкы абалга</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Демейки маанилерди кайтаруу</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>New: {what}</source>
        <translation>Жаңы жазуу: {what}</translation>
    </message>
    <message>
        <source>{what} (read only on this device)</source>
        <translation>{what} (бул түзмөктө окуу үчүн гана)</translation>
    </message>
    <message>
        <source>Edit: {what}</source>
        <translation>Өзгөртүү: {what}</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарых</translation>
    </message>
    <message>
        <source>Saved: {what} {title}</source>
        <translation>Сакталды: {what} {title}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сактала элек өзгөртүүлөр</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Бул жазууда сактала элек өзгөртүүлөр бар. Сакталсынбы?</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Import an existing register</source>
        <translation>Бар реестрди импорттоо</translation>
    </message>
    <message>
        <source>Bring in the equipment or trainee list a post already keeps in Excel: columns are matched to fields, every row is checked and shown before anything is saved, and existing records are matched by asset tag, serial or service number.</source>
        <translation>Пост Excelде жүргүзгөн жабдуулардын же угуучулардын тизмесин жүктөңүз: тилкелер талааларга дал келтирилет, ар бир сап сакталганга чейин текшерилип көрсөтүлөт, бар жазуулар инвентардык, сериялык же табелдик номер боюнча табылат.</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Жазуулар:</translation>
    </message>
    <message>
        <source>&amp;Start the import...</source>
        <translation>Импортту &amp;баштоо...</translation>
    </message>
</context>
<context>
    <name>RegisterWizard</name>
    <message>
        <source>Import a register</source>
        <translation>Реестрди импорттоо</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Файлды ачуу</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>Импорттолду</translation>
    </message>
    <message>
        <source>{created} records added and {updated} changed. They are ordinary edits: logged, and sent with the next sync.</source>
        <translation>{created} жазуу кошулду, {updated} өзгөртүлдү. Бул кадимки оңдоолор: журналга жазылды жана кийинки синхрондоштурууда жөнөтүлөт.</translation>
    </message>
    <message>
        <source>{n} of them need review: their notes begin a line with &apos;Needs review:&apos;; search for it in the table.</source>
        <translation>Алардын {n} текшерүүнү талап кылат: эскертүүсүндө «Needs review:» сабы бар; таблицадан издеп табыңыз.</translation>
    </message>
    <message>
        <source>{n} holders added as new people.</source>
        <translation>Жаңы адам катары кошулган жооптуу адамдар: {n}.</translation>
    </message>
    <message>
        <source>The column choices are kept: a register with the same columns will be matched the same way.</source>
        <translation>Тилкелердин тандоосу сакталды: ошол эле тилкелүү тизме ушундай эле дал келет.</translation>
    </message>
    <message>
        <source>Row {row}: {why}</source>
        <translation>{row}-сап: {why}</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>{n}/{days} days ({pct}%)</source>
        <translation>{n}/{days} күн ({pct}%)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяктады</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Аяктаган жок</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Катышуу</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Аяктоо</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <source>A PIN guards keys, trust, restore and settings.</source>
        <translation>PIN-код ачкычтарды, ишенимди, калыбына келтирүүнү жана жөндөөлөрдү коргойт.</translation>
    </message>
    <message>
        <source>No PIN is set.</source>
        <translation>PIN-код коюлган эмес.</translation>
    </message>
    <message>
        <source>The signing key is protected by a passphrase.</source>
        <translation>Кол коюу ачкычы сырсөз менен корголгон.</translation>
    </message>
    <message>
        <source>The signing key is not protected by a passphrase.</source>
        <translation>Кол коюу ачкычы сырсөз менен корголгон эмес.</translation>
    </message>
    <message>
        <source>Operator added.</source>
        <translation>Оператор кошулду.</translation>
    </message>
    <message>
        <source>Operator removed.</source>
        <translation>Оператор өчүрүлдү.</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation>PIN-кодду өзгөртүү</translation>
    </message>
    <message>
        <source>Current PIN:</source>
        <translation>Учурдагы PIN-код:</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>PIN-код коюу</translation>
    </message>
    <message>
        <source>New PIN (at least 4 digits):</source>
        <translation>Жаңы PIN-код (кеминде 4 сан):</translation>
    </message>
    <message>
        <source>The PIN is set.</source>
        <translation>PIN-код коюлду.</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>PIN-кодду өчүрүү</translation>
    </message>
    <message>
        <source>The PIN is removed.</source>
        <translation>PIN-код өчүрүлдү.</translation>
    </message>
    <message>
        <source>Protect the signing key</source>
        <translation>Кол коюу ачкычын коргоо</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Сырсөз:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Сырсөздү кайталаңыз:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Сырсөздөр дал келбейт; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>The key is protected; exports ask for the passphrase once per session.</source>
        <translation>Ачкыч корголду; экспорттоодо сырсөз бир сеанста бир жолу суралат.</translation>
    </message>
    <message>
        <source>Operators and protection</source>
        <translation>Операторлор жана коргоо</translation>
    </message>
    <message>
        <source>People who work on this laptop (chosen at start):</source>
        <translation>Бул ноутбукта иштегендер (баштоодо тандалат):</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Кошуу</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>Set or change PIN…</source>
        <translation>PIN коюу же өзгөртүү…</translation>
    </message>
    <message>
        <source>Remove PIN…</source>
        <translation>PIN өчүрүү…</translation>
    </message>
    <message>
        <source>Protect key with a passphrase…</source>
        <translation>Ачкычты сырсөз менен коргоо…</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>A backup was made.</source>
        <translation>Камдык көчүрмө түзүлдү.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Камдык көчүрмөдөн калыбына келтирүү</translation>
    </message>
    <message>
        <source>Replace the current data with this backup? BorderTrack closes afterwards; start it again.</source>
        <translation>Учурдагы маалыматтар ушул камдык көчүрмө менен алмаштырылсынбы? Андан кийин BorderTrack жабылат; аны кайра ачыңыз.</translation>
    </message>
    <message>
        <source>This language is not installed; English is shown.</source>
        <translation>Бул тил орнотулган эмес; англисче көрсөтүлдү.</translation>
    </message>
    <message>
        <source>The device name is saved.</source>
        <translation>Түзмөктүн аталышы сакталды.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Бул түзмөк</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>Түзмөктүн &amp;аталышы:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ролу:</translation>
    </message>
    <message>
        <source>Post code:</source>
        <translation>Посттун коду:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Маалымат базасынын файлы:</translation>
    </message>
    <message>
        <source>none (not a crossing point&apos;s device)</source>
        <translation>жок (өткөрүү пунктунун түзмөгү эмес)</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>Аталышын &amp;сактоо</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Папканы &amp;ачуу</translation>
    </message>
    <message>
        <source>Make a &amp;backup now</source>
        <translation>Азыр &amp;камдык көчүрмө жасоо</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>Тандалганды &amp;калыбына келтирүү…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up this computer</source>
        <translation>Бул компьютерди жөндөө</translation>
    </message>
    <message>
        <source>This computer needs an identity before it can record and send data. Choose what it is used for; a key pair that signs its bundles is made now.</source>
        <translation>Маалыматтарды жазуудан жана жөнөтүүдөн мурун бул компьютерге өздүк белги керек. Ал эмне үчүн колдонуларын тандаңыз; анын пакеттерине кол коюучу ачкычтар жубу азыр түзүлөт.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ролу:</translation>
    </message>
    <message>
        <source>&amp;Post code:</source>
        <translation>&amp;Посттун коду:</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>Түзмөктүн &amp;аталышы:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <source>e.g. DOS (only for a crossing point)</source>
        <translation>мис. DOS (өткөрүү пункту үчүн гана)</translation>
    </message>
    <message>
        <source>e.g. Dostuk laptop 1</source>
        <translation>мис. Достук, ноутбук 1</translation>
    </message>
    <message>
        <source>Enter the post code of this crossing point (e.g. DOS).</source>
        <translation>Өткөрүү пунктунун кодун жазыңыз (мисалы, DOS).</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Түзүү</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose the register</source>
        <translation>Реестрди тандаңыз</translation>
    </message>
    <message>
        <source>A workbook (.xlsx, .xls, .xlsb, .ods) or a .csv file; titles above the table and merged headers are fine.</source>
        <translation>Китеп (.xlsx, .xls, .xlsb, .ods) же .csv файлы; таблицанын үстүндөгү аталыштар жана бириктирилген баш саптар туура.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Карап чыгуу...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Жазуулар:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Барак:</translation>
    </message>
    <message>
        <source>(first sheet with data)</source>
        <translation>(маалыматы бар биринчи барак)</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Реестрди ачуу</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv)</source>
        <translation>Тизмелер (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Reading the register...</source>
        <translation>Реестр окулууда...</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Take back the edit just saved</source>
        <translation>Жаңы эле сакталган өзгөртүүнү жокко чыгаруу</translation>
    </message>
    <message>
        <source>The last edit was undone.</source>
        <translation>Акыркы өзгөртүү жокко чыгарылды.</translation>
    </message>
    <message>
        <source>no post</source>
        <translation>посту жок</translation>
    </message>
    <message>
        <source>{name} · {role} · {post}</source>
        <translation>{name} · {role} · {post}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>эч качан</translation>
    </message>
    <message>
        <source>Last export: {export} · last import: {imported}</source>
        <translation>Экспорт: {export} · импорт: {imported}</translation>
    </message>
    <message>
        <source>Not yet sent: {n}</source>
        <translation>Жөнөтүлө элек: {n}</translation>
    </message>
    <message>
        <source>sent, not yet confirmed: {n}</source>
        <translation>жөнөтүлдү, али ырасталган жок: {n}</translation>
    </message>
    <message>
        <source>Conflicts to review: {n}</source>
        <translation>Карама-каршылыктар: {n}</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} min behind data already seen; set the clock.</source>
        <translation>Бул компьютердин сааты алынган маалыматтардан {minutes} мүнөт артта калып жатат; саатты тууралаңыз.</translation>
    </message>
</context>
<context>
    <name>StockTakeScreen</name>
    <message>
        <source>{tag}: found</source>
        <translation>{tag}: ордунда</translation>
    </message>
    <message>
        <source>{tag}: belongs to another post</source>
        <translation>{tag}: башка постто катталган</translation>
    </message>
    <message>
        <source>{tag}: not in any register</source>
        <translation>{tag}: эч бир реестрде жок</translation>
    </message>
    <message>
        <source>{tag}: already scanned</source>
        <translation>{tag}: мурунтан сканерленген</translation>
    </message>
    <message>
        <source>Scan or type at least one asset tag first.</source>
        <translation>Адегенде жок дегенде бир инвентардык номерди сканерлеңиз же териңиз.</translation>
    </message>
    <message>
        <source>{n} checks recorded.</source>
        <translation>{n} текшерүү жазылды.</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Пост:</translation>
    </message>
    <message>
        <source>Checked &amp;by:</source>
        <translation>&amp;Текшерген:</translation>
    </message>
    <message>
        <source>S&amp;can or type an asset tag, then Enter:</source>
        <translation>Инвентардык номерди &amp;сканерлеңиз же жазыңыз, анан Enter басыңыз:</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Ордунда</translation>
    </message>
    <message>
        <source>Not yet found (missing)</source>
        <translation>Азырынча табыла элек (жок)</translation>
    </message>
    <message>
        <source>Belongs elsewhere</source>
        <translation>Башка постто катталган</translation>
    </message>
    <message>
        <source>Unknown tags</source>
        <translation>Белгисиз номерлер</translation>
    </message>
    <message>
        <source>&amp;Record the check</source>
        <translation>Текшерүүнү &amp;жазуу</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Кайра баштоо</translation>
    </message>
</context>
<context>
    <name>StockTakeSummaryDialog</name>
    <message>
        <source>Record this stock-take?</source>
        <translation>Бул инвентаризацияны жазасызбы?</translation>
    </message>
    <message>
        <source>{checks} checks will be recorded: {found} found, {missing} missing, {elsewhere} belonging to another post. {unknown} unknown tags are not recorded; register them first.</source>
        <translation>Жазыла турган текшерүүлөр: {checks}: табылды {found}, табылган жок {missing}, башка постко таандык {elsewhere}. Белгисиз номерлер ({unknown}) жазылбайт; адегенде аларды реестрге киргизиңиз.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылды</translation>
    </message>
    <message>
        <source>Missing (not scanned)</source>
        <translation>Табылган жок (сканерленген жок)</translation>
    </message>
    <message>
        <source>Misplaced: belongs to another post</source>
        <translation>Ордунда эмес: башка постко таандык</translation>
    </message>
    <message>
        <source>Unknown tags (not recorded)</source>
        <translation>Белгисиз номерлер (жазылбайт)</translation>
    </message>
    <message>
        <source>&amp;Record {n} checks</source>
        <translation>Текшерүүлөрдү &amp;жазуу ({n})</translation>
    </message>
    <message>
        <source>&amp;Go back to scanning</source>
        <translation>Сканерлөөгө &amp;кайтуу</translation>
    </message>
</context>
<context>
    <name>SyncFolderView</name>
    <message>
        <source>Choose the sync folder</source>
        <translation>Алмашуу папкасын тандоо</translation>
    </message>
    <message>
        <source>Syncing through {folder}...</source>
        <translation>{folder} аркылуу алмашуу...</translation>
    </message>
    <message>
        <source>Wrote {file}: {n} changes for {to}</source>
        <translation>{file} жазылды: {to} үчүн {n} өзгөртүү</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>{file} импорттолду: {summary}</translation>
    </message>
    <message>
        <source>Refused {file}: {why}</source>
        <translation>{file} четке кагылды: {why}</translation>
    </message>
    <message>
        <source>Could not write {file} for {to}: {why}</source>
        <translation>{to} үчүн {file} жазылган жок: {why}</translation>
    </message>
    <message>
        <source>Last round: wrote {w}, imported {i}, skipped {s}, refused {r}.</source>
        <translation>Акыркы алмашуу: жазылды {w}, импорттолду {i}, өткөрүлүп жиберилди {s}, четке кагылды {r}.</translation>
    </message>
    <message>
        <source>The folder could not be written ({why}): what was there was imported; unlock the stick or free space and sync again.</source>
        <translation>Папкага жазуу мүмкүн болгон жок ({why}): анда болгондор импорттолду; флешканын коргоосун алып салыңыз же орун бошотуп, кайра алмашыңыз.</translation>
    </message>
    <message>
        <source>No sync folder chosen yet.</source>
        <translation>Алмашуу папкасы азырынча тандала элек.</translation>
    </message>
    <message>
        <source>{drive} is another drive, not the sync stick{label}; plug in the right stick.</source>
        <translation>{drive} — башка диск, алмашуу флешкасы эмес{label}; керектүү флешканы сайыңыз.</translation>
    </message>
    <message>
        <source>The folder is not there now; plug in the stick or connect the share.</source>
        <translation>Папка азыр жеткиликсиз; флешканы сайыңыз же тармактык папканы туташтырыңыз.</translation>
    </message>
    <message>
        <source>Sync folder ready: {path}</source>
        <translation>Алмашуу папкасы даяр: {path}</translation>
    </message>
    <message>
        <source>Name a folder once: a USB stick, a network share, or a folder your mail program fills. A round writes a bundle of what is pending for each device this one sends to, and imports every new bundle found there, with all the usual checks.</source>
        <translation>Папканы бир жолу көрсөтүңүз: флешка, тармактык папка же почта программасы толтурган папка. Ар бир алмашууда ар бир алуучу түзмөк үчүн жөнөтүлө элек өзгөртүүлөрдүн пакети жазылат, ал эми папкадагы бардык жаңы пакеттер кадимки текшерүүлөр менен импорттолот.</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Тандоо...</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Азыр &amp;алмашуу</translation>
    </message>
    <message>
        <source>Sync by itself when the folder appears</source>
        <translation>Папка пайда болгондо өзү алмашсын</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>&amp;Export and import</source>
        <translation>&amp;Экспорт жана импорт</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({n})</source>
        <translation>&amp;Карама-каршылыктар ({n})</translation>
    </message>
    <message>
        <source>&amp;Duplicates ({n})</source>
        <translation>&amp;Кайталанмалар ({n})</translation>
    </message>
    <message>
        <source>&amp;Trusted devices</source>
        <translation>&amp;Ишенимдүү түзмөктөр</translation>
    </message>
    <message>
        <source>Import &amp;history</source>
        <translation>Импорт &amp;журналы</translation>
    </message>
    <message>
        <source>Sync &amp;folder</source>
        <translation>Алмашуу &amp;папкасы</translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
    <message>
        <source>Choose a session above to enrol people and mark attendance.</source>
        <translation>Угуучуларды жазуу жана катышууну белгилөө үчүн жогорудан сабакты тандаңыз.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{course}&lt;/b&gt; — {start} to {end}, {place} ({status}); {n} enrolled</source>
        <translation>&lt;b&gt;{course}&lt;/b&gt; — {start} – {end}, {place} ({status}); жазылгандар: {n}</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Сабактар</translation>
    </message>
    <message>
        <source>C&amp;ourses</source>
        <translation>&amp;Курстар</translation>
    </message>
    <message>
        <source>&amp;Results to record</source>
        <translation>&amp;Жыйынтыгы жок</translation>
    </message>
    <message>
        <source>Enrolment and &amp;results</source>
        <translation>Жазылуу жана &amp;жыйынтыктар</translation>
    </message>
    <message>
        <source>&amp;Attendance (Ctrl+G)</source>
        <translation>&amp;Катышуу (Ctrl+G)</translation>
    </message>
    <message>
        <source>Search sessions by course, place, trainer</source>
        <translation>Сабактарды курс, орун, окутуучу боюнча издөө</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Курстарды издөө</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Жаңы сабак</translation>
    </message>
    <message>
        <source>&amp;Edit session</source>
        <translation>Сабакты &amp;өзгөртүү</translation>
    </message>
    <message>
        <source>New &amp;course</source>
        <translation>Жаңы &amp;курс</translation>
    </message>
    <message>
        <source>Edit cou&amp;rse</source>
        <translation>Курсту ө&amp;згөртүү</translation>
    </message>
    <message>
        <source>Keys: P present, L late, E excused, A absent, Delete clears; Ctrl+Space a whole day, Shift+Space a whole person; Ctrl+Z undoes, Ctrl+Y redoes.</source>
        <translation>Баскычтар: P (З) келди, L (Д) кечикти, E (У) жүйөлүү себеп менен, A (Ф) келген жок, Delete тазалайт; Ctrl+Боштук — бүт күн, Shift+Боштук — бүт угуучу; Ctrl+Z жокко чыгарат, Ctrl+Y кайтарат.</translation>
    </message>
    <message>
        <source>After a &amp;mark go to:</source>
        <translation>&amp;Белгиден кийин өтүү:</translation>
    </message>
    <message>
        <source>the next person</source>
        <translation>кийинки угуучуга</translation>
    </message>
    <message>
        <source>the next day</source>
        <translation>кийинки күнгө</translation>
    </message>
    <message>
        <source>&amp;Undo mark</source>
        <translation>Белгини &amp;жокко чыгаруу</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Re&amp;do mark</source>
        <translation>Белгини &amp;кайтаруу</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>{mark} ({key})</source>
        <translation>{mark} ({key})</translation>
    </message>
    <message>
        <source>Clear (Del)</source>
        <translation>Тазалоо (Del)</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <source>Trust a device</source>
        <translation>Түзмөккө ишеним</translation>
    </message>
    <message>
        <source>The card says the following. It is only a claim: you decide what this device is trusted as.</source>
        <translation>Карточкада төмөнкүлөр айтылат. Бул жөн гана билдирүү: бул түзмөккө ким катары ишенерин өзүңүз чечесиз.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жок)</translation>
    </message>
    <message>
        <source>Already used by {devices}: both will be shown with their post and the start of their fingerprint.</source>
        <translation>Бул ат {devices} түзмөгүндө бар: экөө тең посту жана ачкыч изинин башы менен көрсөтүлөт.</translation>
    </message>
    <message>
        <source>Device name:</source>
        <translation>Түзмөктүн аты:</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Түзмөктүн идентификатору:</translation>
    </message>
    <message>
        <source>Role it claims:</source>
        <translation>Билдирилген ролу:</translation>
    </message>
    <message>
        <source>Post it claims:</source>
        <translation>Билдирилген посту:</translation>
    </message>
    <message>
        <source>Card fingerprint:</source>
        <translation>Карточканын изи:</translation>
    </message>
    <message>
        <source>The other device shows the same card fingerprint (compared by phone or in person)</source>
        <translation>Башка түзмөк карточканын ошол эле изин көрсөтөт (телефон аркылуу же жеке салыштырылды)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Тандаңыз…</translation>
    </message>
    <message>
        <source>{code} (as the card says; not in this register)</source>
        <translation>{code} (карточкада айтылгандай; бул реестрде жок)</translation>
    </message>
    <message>
        <source>Trust it as:</source>
        <translation>Ким катары ишенүү:</translation>
    </message>
    <message>
        <source>For the post:</source>
        <translation>Пост үчүн:</translation>
    </message>
    <message>
        <source>&amp;Trust this device</source>
        <translation>Бул түзмөккө &amp;ишенүү</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the other device, then tick the box.</source>
        <translation>Изди башка түзмөк менен салыштырып, анан белги коюңуз.</translation>
    </message>
    <message>
        <source>Choose what this device is trusted as.</source>
        <translation>Бул түзмөккө ким катары ишенерин тандаңыз.</translation>
    </message>
    <message>
        <source>Choose the post this device is trusted for.</source>
        <translation>Бул түзмөккө кайсы пост үчүн ишенерин тандаңыз.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Damaged database</source>
        <translation>Бузулган маалымат базасы</translation>
    </message>
    <message>
        <source>{problem}

Restore the newest good backup, made {when} ({reason})? The damaged file is kept beside it.</source>
        <translation>{problem}

{when} түзүлгөн эң акыркы бүтүн камдык көчүрмө ({reason}) калыбына келтирилсинби? Бузулган файл анын жанында сакталат.</translation>
    </message>
</context>
<context>
    <name>entity</name>
    <message>
        <source>Agency</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Мекемелер</translation>
    </message>
    <message>
        <source>Crossing point</source>
        <translation>Өткөрүү пункту</translation>
    </message>
    <message>
        <source>Crossing points</source>
        <translation>Өткөрүү пункттары</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Долбоорлор</translation>
    </message>
    <message>
        <source>Equipment model</source>
        <translation>Жабдуунун модели</translation>
    </message>
    <message>
        <source>Equipment models</source>
        <translation>Жабдуунун моделдери</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курстар</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Equipment item</source>
        <translation>Мүлк бирдиги</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Мүлк</translation>
    </message>
    <message>
        <source>Stock-take check</source>
        <translation>Инвентаризациядагы текшерүү</translation>
    </message>
    <message>
        <source>Stock-take checks</source>
        <translation>Инвентаризациядагы текшерүүлөр</translation>
    </message>
    <message>
        <source>Hand-over act</source>
        <translation>Кабыл алуу-өткөрүп берүү акты</translation>
    </message>
    <message>
        <source>Hand-over acts</source>
        <translation>Кабыл алуу-өткөрүп берүү актылары</translation>
    </message>
    <message>
        <source>Hand-over act line</source>
        <translation>Кабыл алуу-өткөрүп берүү актынын сабы</translation>
    </message>
    <message>
        <source>Hand-over act lines</source>
        <translation>Кабыл алуу-өткөрүп берүү актынын саптары</translation>
    </message>
    <message>
        <source>Course session</source>
        <translation>Курстун сабагы</translation>
    </message>
    <message>
        <source>Course sessions</source>
        <translation>Курстардын сабактары</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Курска жазылуу</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Курска жазылуулар</translation>
    </message>
    <message>
        <source>Attendance mark</source>
        <translation>Катышуу белгиси</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Катышуу</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Объекттер</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Кароо</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Кароолор</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{count} record(s) changed again since that edit; nothing was undone: open the record and edit it instead.</source>
        <translation>Ошол оңдоодон кийин кайра өзгөртүлгөн жазуулар: {count}; эч нерсе жокко чыгарылган жок: жазууну ачып, аны оңдоңуз.</translation>
    </message>
    <message>
        <source>Cannot open {path}: {why}; check the bundle file&apos;s name and folder.</source>
        <translation>{path} ачылбай жатат: {why}; пакет файлынын атын жана папкасын текшериңиз.</translation>
    </message>
    <message>
        <source>This workbook is not a BorderTrack bundle (it has none of a bundle&apos;s sheets); bring an Excel register in with &apos;import-register&apos; (Equipment: Import from Excel...), or ask the sender for a bundle exported from BorderTrack.</source>
        <translation>Бул китеп BorderTrack пакети эмес (анда пакеттин бир да барагы жок); Excel реестрин &apos;import-register&apos; буйругу менен киргизиңиз (Мүлк: Excel&apos;ден импорттоо...) же жөнөтүүчүдөн BorderTrack&apos;тан экспорттолгон пакетти сураңыз.</translation>
    </message>
    <message>
        <source>There is no entity called &apos;{name}&apos;; use one of: {known}.</source>
        <translation>«{name}» деген объект жок; булардын бирин колдонуңуз: {known}.</translation>
    </message>
    <message>
        <source>&apos;{entity}&apos; has no field &apos;{field}&apos;; use one of: {known}.</source>
        <translation>«{entity}» объектинде «{field}» талаасы жок; булардын бирин колдонуңуз: {known}.</translation>
    </message>
    <message>
        <source>No {entity} with id &apos;{record_id}&apos;; check the id with &apos;list {entity}&apos;.</source>
        <translation>«{record_id}» идентификатору менен {entity} жок; идентификаторду &apos;list {entity}&apos; буйругу менен текшериңиз.</translation>
    </message>
    <message>
        <source>No device is set up in {path}; run &apos;bordertrack --db {arg} init --role ...&apos; first.</source>
        <translation>{path} ичинде түзмөк орнотулган эмес; адегенде &apos;bordertrack --db {arg} init --role ...&apos; аткарыңыз.</translation>
    </message>
    <message>
        <source>{where} is required; enter a value.</source>
        <translation>{where}: милдеттүү талаа; маани киргизиңиз.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not {kind}.</source>
        <translation>{where}: «{value}» — {kind} эмес.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>{where}: must be 0 or 1.</source>
        <translation>{where}: 0 же 1 болушу керек.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>бүтүн сан</translation>
    </message>
    <message>
        <source>a whole number from 0 to 100</source>
        <translation>0дөн 100гө чейинки бүтүн сан</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>a date like 2026-03-31 or 31.03.2026</source>
        <translation>31.03.2026 же 2026-03-31 түрүндөгү дата</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ооба же жок</translation>
    </message>
    <message>
        <source>{where} is {length} characters long; shorten it to at most {limit}.</source>
        <translation>{where}: узундугу {length} белги; {limit} белгиге чейин кыскартыңыз.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a date like 2026-03-31.</source>
        <translation>{where}: «{value}» — 2026-03-31 түрүндөгү дата эмес.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not allowed; use one of: {allowed}.</source>
        <translation>{where}: «{value}» маанисине уруксат жок; булардын бирин колдонуңуз: {allowed}.</translation>
    </message>
    <message>
        <source>{where}: {value} is below the minimum {minimum}.</source>
        <translation>{where}: {value} минимумдан ({minimum}) төмөн.</translation>
    </message>
    <message>
        <source>{where}: {value} is above the maximum {maximum}.</source>
        <translation>{where}: {value} максимумдан ({maximum}) жогору.</translation>
    </message>
    <message>
        <source>{where} {value} is before {start} {start_value}.</source>
        <translation>{where} {value} {start} {start_value} датасынан мурун.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>{path}: {why}; {todo}.</source>
        <translation>{path}: {why}; {todo}.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>бул кадимки файл эмес</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>бул файл эмес, папка</translation>
    </message>
    <message>
        <source>it is a pipe, not a file</source>
        <translation>бул файл эмес, канал</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>бул файл эмес, түзмөк</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>бул файл эмес, сокет</translation>
    </message>
    <message>
        <source>check the name and try again</source>
        <translation>атын текшерип, кайра аракет кылыңыз</translation>
    </message>
    <message>
        <source>ask for a smaller file</source>
        <translation>кичирээк файл сураңыз</translation>
    </message>
    <message>
        <source>the name cannot be used</source>
        <translation>бул атты колдонууга болбойт</translation>
    </message>
    <message>
        <source>the {what} is larger than {limit:,} bytes</source>
        <translation>{what}: {limit:,} байттан чоң</translation>
    </message>
    <message>
        <source>there is no {what} at that path</source>
        <translation>бул жолдо табылган жок: {what}</translation>
    </message>
    <message>
        <source>the {what} cannot be opened ({why})</source>
        <translation>ачылбай жатат: {what} ({why})</translation>
    </message>
    <message>
        <source>the {what} is {size:,} bytes, more than the {limit:,} allowed</source>
        <translation>{what}: {size:,} байт, уруксат берилген {limit:,} байттан ашык</translation>
    </message>
    <message>
        <source>the {what} cannot be read ({why})</source>
        <translation>окулбай жатат: {what} ({why})</translation>
    </message>
    <message>
        <source>No backup &apos;{backup_id}&apos;; see &apos;backup list&apos;.</source>
        <translation>«{backup_id}» камдык көчүрмөсү жок; &apos;backup list&apos; караңыз.</translation>
    </message>
    <message>
        <source>Backup {backup_id} is damaged; choose an older one.</source>
        <translation>{backup_id} камдык көчүрмөсү бузулган; мурунку көчүрмөнү тандаңыз.</translation>
    </message>
    <message>
        <source>{source} is not a sound database; choose another file.</source>
        <translation>{source} — бузулбаган маалымат базасы эмес; башка файлды тандаңыз.</translation>
    </message>
    <message>
        <source>{source} holds no BorderTrack device; choose another file.</source>
        <translation>{source} ичинде BorderTrack түзмөгү жок; башка файлды тандаңыз.</translation>
    </message>
    <message>
        <source>The backup copy in {folder} failed its check; free some disk space and try again.</source>
        <translation>{folder} ичиндеги камдык көчүрмө текшерүүдөн өткөн жок; дисктен орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Could not write a backup to {folder} ({exc}); free some disk space and try again.</source>
        <translation>{folder} ичине камдык көчүрмө жазылган жок ({exc}); дисктен орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Backup {backup} cannot be restored: {why}; if you really mean to use it, &apos;backup adopt {backup}&apos; shows what this database would become.</source>
        <translation>{backup} камдык көчүрмөсүн калыбына келтирүүгө болбойт: {why}; аны чындап колдонгуңуз келсе, &apos;backup adopt {backup}&apos; бул база эмнеге айланарын көрсөтөт.</translation>
    </message>
    <message>
        <source>backup key</source>
        <translation>камдык көчүрмөнүн ачкычы</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>камдык көчүрмө</translation>
    </message>
    <message>
        <source>database file</source>
        <translation>маалымат базасынын файлы</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>камдык көчүрмөнүн мөөрү</translation>
    </message>
    <message>
        <source>No open conflict {conflict_id}; see &apos;conflicts list&apos;.</source>
        <translation>{conflict_id} ачык карама-каршылыгы жок; &apos;conflicts list&apos; караңыз.</translation>
    </message>
    <message>
        <source>{path} already holds records; make the demo in a new --db file.</source>
        <translation>{path} ичинде жазуулар бар; демону жаңы --db файлында түзүңүз.</translation>
    </message>
    <message>
        <source>{path} is already set up as a device, and the demo&apos;s records would be exported as its own work; make the demo in a new --db file.</source>
        <translation>{path} түзмөк катары орнотулган, демонун жазуулары анын өз иши катары чыгарылмак; демону жаңы --db файлында түзүңүз.</translation>
    </message>
    <message>
        <source>{path} already holds a device; choose another --db file to make a new one.</source>
        <translation>{path} ичинде түзмөк бар; жаңысын түзүү үчүн башка --db файлын тандаңыз.</translation>
    </message>
    <message>
        <source>No record with id {record_id}; see &apos;duplicates list&apos;.</source>
        <translation>{record_id} идентификатору менен жазуу жок; &apos;duplicates list&apos; караңыз.</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Бириктирүү үчүн эки башка жазууну тандаңыз.</translation>
    </message>
    <message>
        <source>No trusted device {device_id}; enrol its card with &apos;keys trust&apos; or export with --full.</source>
        <translation>{device_id} ишенимдүү түзмөгү жок; анын карточкасын &apos;keys trust&apos; менен каттаңыз же --full менен чыгарыңыз.</translation>
    </message>
    <message>
        <source>A hand-over act needs at least one item; select the items first.</source>
        <translation>Өткөрүп берүү актысына жок дегенде бир буюм керек; адегенде буюмдарды тандаңыз.</translation>
    </message>
    <message>
        <source>This bundle was exported by this device; import it on another device.</source>
        <translation>Бул пакет ушул түзмөктөн чыгарылган; аны башка түзмөктө импорттоңуз.</translation>
    </message>
    <message>
        <source>The bundle is signed by {who}, which this device does not trust; enrol its device card with &apos;keys trust&apos; first.</source>
        <translation>Пакетке {who} кол койгон, бул түзмөк ага ишенбейт; адегенде анын түзмөк карточкасын &apos;keys trust&apos; менен каттаңыз.</translation>
    </message>
    <message>
        <source>The bundle is signed by {who}, whose key was revoked; ask that device for a new card.</source>
        <translation>Пакетке {who} кол койгон, анын ачкычы жокко чыгарылган; ал түзмөктөн жаңы карточка сураңыз.</translation>
    </message>
    <message>
        <source>The bundle claims to come from {sender_id} but is signed with another key ({fp}); compare fingerprints before trusting it.</source>
        <translation>Пакет {sender_id} түзмөгүнөн келгенин айтат, бирок башка ачкыч менен кол коюлган ({fp}); ишенүүдөн мурун манжа издерин салыштырыңыз.</translation>
    </message>
    <message>
        <source>Bundle {bundle_seq} from {sender_name} does not follow the bundles already received from that device: its database was probably copied onto two machines. Not imported; ask the coordinator to re-enrol one of the two laptops as a new device.</source>
        <translation>{sender_name} жиберген {bundle_seq}-пакет ал түзмөктөн мурун алынган пакеттердин уландысы эмес: анын базасы эки компьютерге көчүрүлгөн окшойт. Импорттолгон жок; координатордон эки ноутбуктун бирин жаңы түзмөк катары кайра каттоону сураңыз.</translation>
    </message>
    <message>
        <source>This bundle is addressed to device {recipient}, not to this one; import it there, or import it here on its own and confirm.</source>
        <translation>Бул пакет ушул түзмөккө эмес, {recipient} түзмөгүнө жиберилген; аны ошол жерде импорттоңуз же бул жерде өзүнчө импорттоп, ырастаңыз.</translation>
    </message>
    <message>
        <source>Change {origin}:{seq} arrived with a content different from the one already held: a database was copied onto two machines. Nothing was imported; tell the coordinator.</source>
        <translation>{origin}:{seq} өзгөрүүсү мурда бар болгондон башка мазмун менен келди: база эки компьютерге көчүрүлгөн. Эч нерсе импорттолгон жок; координаторго билдириңиз.</translation>
    </message>
    <message>
        <source>Change {origin}:{seq} carries a clock stamp more than a year ahead; that device&apos;s date is wrong: fix it and export again.</source>
        <translation>{origin}:{seq} өзгөрүүсүнүн убакыт белгиси бир жылдан ашык алдыда; ал түзмөктүн датасы туура эмес: аны оңдоп, кайра чыгарыңыз.</translation>
    </message>
    <message>
        <source>Change {origin}:{seq}: {message}; not imported.</source>
        <translation>{origin}:{seq} өзгөрүүсү: {message}; импорттолгон жок.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this device&apos;s key; type it again.</source>
        <translation>Бул сырсөз айкашы түзмөктүн ачкычын ачпайт; кайра териңиз.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters; choose a longer one.</source>
        <translation>Сырсөз айкашы жок дегенде {n} белгиден турушу керек; узунураагын тандаңыз.</translation>
    </message>
    <message>
        <source>This device&apos;s key has no passphrase; nothing to remove.</source>
        <translation>Бул түзмөктүн ачкычында сырсөз айкашы жок; алып салуучу эч нерсе жок.</translation>
    </message>
    <message>
        <source>This card&apos;s key change cannot be accepted ({why}); confirm the new key with the device&apos;s owner, revoke the old one with &apos;keys revoke&apos;, then trust the card.</source>
        <translation>Бул карточкадагы ачкыч алмашуусун кабыл алууга болбойт ({why}); жаңы ачкычты түзмөктүн ээси менен ырастаңыз, эскисин &apos;keys revoke&apos; менен жокко чыгарып, анан карточкага ишениңиз.</translation>
    </message>
    <message>
        <source>This device&apos;s key is protected by a passphrase; unlock it first (--passphrase or the GUI prompt).</source>
        <translation>Бул түзмөктүн ачкычы сырсөз айкашы менен корголгон; адегенде аны ачыңыз (--passphrase же программанын терезесиндеги суроо).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not on this device&apos;s operator list; choose one of: {names}.</source>
        <translation>«{name}» бул түзмөктүн операторлор тизмесинде жок; булардын бирин тандаңыз: {names}.</translation>
    </message>
    <message>
        <source>An operator needs a name; type the person&apos;s name.</source>
        <translation>Операторго ат керек; адамдын атын териңиз.</translation>
    </message>
    <message>
        <source>An operator&apos;s name has at most {limit} characters; shorten it.</source>
        <translation>Оператордун аты {limit} белгиден ашпайт; кыскартыңыз.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is already in the operator list.</source>
        <translation>«{text}» операторлор тизмесинде бар.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in the operator list; see &apos;operators list&apos;.</source>
        <translation>«{name}» операторлор тизмесинде жок; &apos;operators list&apos; караңыз.</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(эч ким)</translation>
    </message>
    <message>
        <source>{where} &apos;{value}&apos; is already used by {entity} {other}; check the number or edit that record.</source>
        <translation>{where} «{value}» колдонулуп жатат ({entity} {other}); номерди текшериңиз же ошол жазууну өзгөртүңүз.</translation>
    </message>
    <message>
        <source>The register import was cancelled; nothing was changed.</source>
        <translation>Реестрди импорттоо жокко чыгарылды; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>No column of sheet &apos;{name}&apos; looks like a field of {entity}; map them with --map &apos;Header=field&apos;.</source>
        <translation>«{name}» барагынын бир да тилкеси талаага ({entity}) окшобойт; аларды --map &apos;Аталыш=талаа&apos; менен дал келтириңиз.</translation>
    </message>
    <message>
        <source>--default {name}: {exc}</source>
        <translation>--default {name}: {exc}</translation>
    </message>
    <message>
        <source>--default {name}={raw}: &apos;{raw}&apos; is not a {label}; nearest: {near}.</source>
        <translation>--default {name}={raw}: «{raw}» — «{label}» талаасынын мааниси эмес; жакындары: {near}.</translation>
    </message>
    <message>
        <source>--default {name}={raw}: no {label} &apos;{raw}&apos; on this device; nearest: {choices}.</source>
        <translation>--default {name}={raw}: бул түзмөктө «{label}» талаасы үчүн «{raw}» мааниси жок; жакындары: {choices}.</translation>
    </message>
    <message>
        <source>Registers can bring in equipment or people, not &apos;{name}&apos;; use one of them.</source>
        <translation>Реестрлерден мүлктү же адамдарды гана жүктөөгө болот, «{name}» эмес; алардын бирин колдонуңуз.</translation>
    </message>
    <message>
        <source>The sheet has no column &apos;{column}&apos;; name it by its header, letter or number (headers: {value}).</source>
        <translation>Баракта «{column}» тилкеси жок; аны аталышы, тамгасы же номери менен көрсөтүңүз (аталыштар: {value}).</translation>
    </message>
    <message>
        <source>{plural} have no notes to keep column &apos;{column}&apos; in; map it to a field or leave it out with &apos;{column}={drop}&apos;.</source>
        <translation>«{plural}» үчүн «{column}» тилкесин сактай турган эскертүүлөр жок; аны талаа менен дал келтириңиз же &apos;{column}={drop}&apos; менен чыгарып салыңыз.</translation>
    </message>
    <message>
        <source>{name} is not a workbook (.xlsx, .xls, .xlsb, .ods) or a .csv file; open it in Excel or LibreOffice and save it as .xlsx.</source>
        <translation>{name} — китеп (.xlsx, .xls, .xlsb, .ods) же .csv файлы эмес; аны Excel же LibreOffice менен ачып, .xlsx катары сактаңыз.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a workbook (damaged, or too large unpacked); open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>{name} китеп катары окулбайт (бузулган же ачылганда өтө чоң); аны Excel же LibreOffice менен ачып, кайра .xlsx катары сактаңыз.</translation>
    </message>
    <message>
        <source>register</source>
        <translation>реестр</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes); choose the saved register.</source>
        <translation>{name} бош (0 байт); сакталган реестрди тандаңыз.</translation>
    </message>
    <message>
        <source>{name} is not text a spreadsheet wrote; save it again as .xlsx or CSV UTF-8.</source>
        <translation>{name} — электрондук таблица жазган текст эмес; аны кайра .xlsx же CSV UTF-8 катары сактаңыз.</translation>
    </message>
    <message>
        <source>{name} has no worksheet; it holds only charts or macros.</source>
        <translation>{name} ичинде маалымат барагы жок; анда диаграммалар же макростор гана бар.</translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{wanted}&apos;; use one of: {names}.</source>
        <translation>{name} ичинде «{wanted}» барагы жок; булардын бирин колдонуңуз: {names}.</translation>
    </message>
    <message>
        <source>{name} has a field longer than a register cell can be (128 KB) or a broken quote; open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>{name} ичинде реестрдин уячасы боло албагандай узун талаа (128 КБ) же бузук тырмакча бар; аны Excel же LibreOffice менен ачып, кайра .xlsx катары сактаңыз.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a register ({exc}); open it in Excel or LibreOffice and save it again as .xlsx, splitting it if it is large.</source>
        <translation>{name} реестр катары окулбайт ({exc}); аны Excel же LibreOffice менен ачып, кайра .xlsx катары сактаңыз, чоң болсо бөлүңүз.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; open it, remove the password and save it again.</source>
        <translation>{name} сырсөз менен корголгон; аны ачып, сырсөздү алып салып, кайра сактаңыз.</translation>
    </message>
    <message>
        <source>Sheet &apos;{name}&apos; has more than {limit} rows; split it into smaller files.</source>
        <translation>«{name}» барагында {limit} саптан ашык бар; аны кичирээк файлдарга бөлүңүз.</translation>
    </message>
    <message>
        <source>{name} is larger than 50 MB; split the register into smaller files.</source>
        <translation>{name} 50 МБдан чоң; реестрди кичирээк файлдарга бөлүңүз.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows; split it into smaller files.</source>
        <translation>{name} ичинде {limit} саптан ашык бар; аны кичирээк файлдарга бөлүңүз.</translation>
    </message>
    <message>
        <source>No course session &apos;{session_id}&apos;; take the id from the Training screen or &apos;list training_session&apos;.</source>
        <translation>«{session_id}» окуу сессиясы жок; идентификаторду «Окутуу» экранынан же &apos;list training_session&apos; аркылуу алыңыз.</translation>
    </message>
    <message>
        <source>The check code &apos;{code}&apos; does not belong to certificate &apos;{number}&apos;: the certificate may have been altered; compare it with the register.</source>
        <translation>«{code}» текшерүү коду «{number}» сертификатына таандык эмес: сертификат өзгөртүлгөн болушу мүмкүн; аны реестр менен салыштырыңыз.</translation>
    </message>
    <message>
        <source>No enrolment &apos;{enrolment_id}&apos;; take the id from the session&apos;s list of trainees.</source>
        <translation>«{enrolment_id}» каттоосу жок; идентификаторду сессиянын угуучулар тизмесинен алыңыз.</translation>
    </message>
    <message>
        <source>{holder} has not passed this course (result: {result}); record the result first.</source>
        <translation>{holder} бул курсту тапшырган жок (жыйынтык: {result}); адегенде жыйынтыкты киргизиңиз.</translation>
    </message>
    <message>
        <source>{holder} has no certificate number; enter one on the enrolment first.</source>
        <translation>{holder} үчүн сертификат номери жок; адегенде аны каттоодо киргизиңиз.</translation>
    </message>
    <message>
        <source>No certificate number &apos;{number}&apos; in this register; check the number or ask the coordinator whose register holds it.</source>
        <translation>Бул реестрде «{number}» номерлүү сертификат жок; номерди текшериңиз же ал кимдин реестринде экенин координатордон сураңыз.</translation>
    </message>
    <message>
        <source>Name the two people who sign certificates first (Reports &gt; Certificates, or --signer &apos;Name|Job title&apos; twice).</source>
        <translation>Адегенде сертификаттарга кол коюучу эки адамды көрсөтүңүз (Отчеттор &gt; Сертификаттар же эки жолу --signer &apos;Аты|Кызматы&apos;).</translation>
    </message>
    <message>
        <source>No certificate has been issued yet; print certificates first.</source>
        <translation>Азырынча бир да сертификат берилген жок; адегенде сертификаттарды басып чыгарыңыз.</translation>
    </message>
    <message>
        <source>The period starts ({a}) after it ends ({b}); swap the dates.</source>
        <translation>Мезгил ({a}) аягынан ({b}) кийин башталат; даталарды алмаштырыңыз.</translation>
    </message>
    <message>
        <source>There is no project &apos;{project}&apos;; check the code with &apos;list project&apos;.</source>
        <translation>«{project}» долбоору жок; кодду &apos;list project&apos; менен текшериңиз.</translation>
    </message>
    <message>
        <source>The rate for {bad} must be a number above 0, e.g. USD=0.92.</source>
        <translation>{bad} үчүн курс 0дөн чоң сан болушу керек, мисалы USD=0.92.</translation>
    </message>
    <message>
        <source>No rate for {missing} to {to}; enter one for each, e.g. {first}=0.92.</source>
        <translation>{missing} үчүн {to} валютасына курс жок; ар бирине курс киргизиңиз, мисалы {first}=0.92.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write it like 2026-01-31 or 31.01.2026.</source>
        <translation>«{value}» — дата эмес; 31.01.2026 же 2026-01-31 түрүндө жазыңыз.</translation>
    </message>
    <message>
        <source>Rates were given without a currency to convert to; add --convert-to.</source>
        <translation>Курстар которуу валютасыз берилген; --convert-to кошуңуз.</translation>
    </message>
    <message>
        <source>&apos;{pair}&apos; is not a rate; write it like USD=0.92.</source>
        <translation>«{pair}» — курс эмес; USD=0.92 түрүндө жазыңыз.</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Отчет жокко чыгарылды; файл жазылган жок.</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}); close it if it is open elsewhere or choose another folder.</source>
        <translation>{path} жазылбай жатат ({reason}); ал башка программада ачык болсо жабыңыз же башка папканы тандаңыз.</translation>
    </message>
    <message>
        <source>No hand-over act &apos;{act_id}&apos;; give the act&apos;s id or number (see &apos;list handover_act&apos;).</source>
        <translation>«{act_id}» өткөрүп берүү актысы жок; актынын идентификаторун же номерин көрсөтүңүз (&apos;list handover_act&apos; караңыз).</translation>
    </message>
    <message>
        <source>No items match; choose other items or another filter.</source>
        <translation>Ылайык буюмдар жок; башка буюмдарды же башка чыпканы тандаңыз.</translation>
    </message>
    <message>
        <source>The font {regular} is missing; reinstall BorderTrack to print documents.</source>
        <translation>{regular} арибы жок; документтерди басып чыгаруу үчүн BorderTrackти кайра орнотуңуз.</translation>
    </message>
    <message>
        <source>This computer&apos;s date is still wrong (before 2020); set the date and time first.</source>
        <translation>Бул компьютердин датасы дагы эле туура эмес (2020-жылга чейин); адегенде дата менен убакытты коюңуз.</translation>
    </message>
    <message>
        <source>A coordinator already holds this device&apos;s changes with the wrong date; it must accept this device&apos;s bundles with --accept-future-stamps.</source>
        <translation>Координатор бул түзмөктүн өзгөрүүлөрүн туура эмес дата менен алган; ал бул түзмөктүн пакеттерин --accept-future-stamps менен кабыл алышы керек.</translation>
    </message>
    <message>
        <source>Changes received here carry dates after this computer&apos;s date; set the date and time, or ask the coordinator to accept with --accept-future-stamps.</source>
        <translation>Бул жерде алынган өзгөрүүлөрдүн датасы бул компьютердин датасынан кийин; дата менен убакытты коюңуз же координатордон аларды --accept-future-stamps менен кабыл алууну сураңыз.</translation>
    </message>
    <message>
        <source>change this device&apos;s key</source>
        <translation>бул түзмөктүн ачкычын алмаштыруу</translation>
    </message>
    <message>
        <source>change which devices are trusted</source>
        <translation>ишенимдүү түзмөктөрдүн тизмесин өзгөртүү</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>камдык көчүрмөнү калыбына келтирүү</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>жөндөөлөрдү өзгөртүү</translation>
    </message>
    <message>
        <source>A PIN guards this device: to {action}, give it with --pin.</source>
        <translation>Бул түзмөк PIN-код менен корголгон: {action} үчүн аны --pin менен көрсөтүңүз.</translation>
    </message>
    <message>
        <source>That PIN is not this device&apos;s PIN; type it again.</source>
        <translation>Бул PIN-код бул түзмөктүкү эмес; кайра териңиз.</translation>
    </message>
    <message>
        <source>A PIN needs at least {n} characters; choose a longer one.</source>
        <translation>PIN-код жок дегенде {n} белгиден турушу керек; узунураагын тандаңыз.</translation>
    </message>
    <message>
        <source>Self-check failed at &apos;{step}&apos;: {detail}. Reinstall BorderTrack; if it fails again, send this line to the coordinator.</source>
        <translation>Өзүн-өзү текшерүү «{step}» кадамында өтпөй калды: {detail}. BorderTrackти кайра орнотуңуз; ката кайталанса, бул сапты координаторго жөнөтүңүз.</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} claims changes made on {hlc}, more than a day after this computer&apos;s date ({today}): set the date on that device and run &apos;bordertrack restamp&apos; there, then export again (or, if you trust them, import with --accept-future-stamps).</source>
        <translation>{sender} жиберген {seq}-пакетте {hlc} күнкү өзгөрүүлөр бар — бул компьютердин датасынан ({today}) бир күндөн ашык кийин: ал түзмөктө датаны коюп, ошол жерде &apos;bordertrack restamp&apos; аткарыңыз да кайра чыгарыңыз (же аларга ишенсеңиз, --accept-future-stamps менен импорттоңуз).</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} carries change {cid} stamped {hlc}, before any BorderTrack data existed: that device&apos;s date is wrong or the bundle was altered. Set its date, run &apos;bordertrack restamp&apos; there and export again.</source>
        <translation>{sender} жиберген {seq}-пакетте {hlc} белгиси бар {cid} өзгөрүүсү бар — BorderTrack маалыматтары пайда боло электе: ал түзмөктүн датасы туура эмес же пакет өзгөртүлгөн. Ал жерде датаны коюп, &apos;bordertrack restamp&apos; аткарып, кайра чыгарыңыз.</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} was refused as tampered: change {cid} made by {maker} is stamped {hlc}, earlier than {seen}. Nothing was imported; tell the coordinator.</source>
        <translation>{sender} жиберген {seq}-пакет бурмаланган катары четке кагылды: {maker} жасаган {cid} өзгөрүүсү {hlc} белгиленген, бул {seen} мурун. Эч нерсе импорттолгон жок; координаторго билдириңиз.</translation>
    </message>
    <message>
        <source>No asset tags were scanned; scan or type at least one tag first.</source>
        <translation>Бир да инвентардык номер сканерленген жок; жок дегенде бир номерди сканерлеңиз же териңиз.</translation>
    </message>
    <message>
        <source>The sync folder {folder} is not there; plug in the stick or choose another folder.</source>
        <translation>{folder} синхрондоо папкасы жок; флешканы сайыңыз же башка папканы тандаңыз.</translation>
    </message>
    <message>
        <source>{name} is already enrolled in this session; edit that enrolment instead.</source>
        <translation>{name} бул сессияга катталган; ошол каттоону өзгөртүңүз.</translation>
    </message>
    <message>
        <source>No person with service number &apos;{service_number}&apos; yet; enter the full name and sex to add them.</source>
        <translation>«{service_number}» кызматтык номерлүү адам азырынча жок; аны кошуу үчүн толук атын жана жынысын киргизиңиз.</translation>
    </message>
    <message>
        <source>The session&apos;s dates ({start} to {end}) do not make a period of 1 to {max_days} days; correct the start and end dates.</source>
        <translation>Сессиянын даталары ({start} – {end}) 1ден {max_days} күнгө чейинки мезгилди түзбөйт; башталыш жана аяктоо даталарын оңдоңуз.</translation>
    </message>
    <message>
        <source>{path} is not a usable device card ({why}); ask for a new card with &apos;keys export-card&apos;.</source>
        <translation>{path} — жараксыз түзмөк карточкасы ({why}); жаңы карточка сураңыз (&apos;keys export-card&apos;).</translation>
    </message>
    <message>
        <source>No device {device_id} in the trust store; see &apos;keys list&apos;.</source>
        <translation>{device_id} түзмөгү ишенимдүү түзмөктөрдүн тизмесинде жок; &apos;keys list&apos; караңыз.</translation>
    </message>
    <message>
        <source>Device {device_id} is already trusted with a different key; revoke it first if its key was really replaced.</source>
        <translation>{device_id} түзмөгү башка ачкыч менен ишенимдүү; анын ачкычы чындап алмашса, адегенде аны жокко чыгарыңыз.</translation>
    </message>
    <message>
        <source>The key on this card was revoked for device {device_id}; ask that device to rotate its key (&apos;keys rotate&apos;) and send the new card.</source>
        <translation>Бул карточкадагы ачкыч {device_id} түзмөгү үчүн жокко чыгарылган; ал түзмөктөн ачкычын алмаштырып (&apos;keys rotate&apos;), жаңы карточка жөнөтүүнү сураңыз.</translation>
    </message>
    <message>
        <source>Role &apos;{role}&apos; is not one of: {choices}.</source>
        <translation>«{role}» ролу тизмеде жок: {choices}.</translation>
    </message>
    <message>
        <source>A post device must be trusted for a post; add --post CODE.</source>
        <translation>Посттун түзмөгүнө белгилүү бир пост үчүн ишенүү керек; --post КОД кошуңуз.</translation>
    </message>
    <message>
        <source>That card is this device&apos;s own; trust the other device&apos;s card.</source>
        <translation>Бул карточка ушул түзмөктүн өзүнүкү; башка түзмөктүн карточкасына ишениңиз.</translation>
    </message>
    <message>
        <source>card</source>
        <translation>түзмөктүн карточкасы</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Чыгаруу жокко чыгарылды; файл жазылган жок.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); choose another folder or file name.</source>
        <translation>{path} жазылган жок ({reason}); башка папканы же башка файл атын тандаңыз.</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({detail}); nothing was changed: restore the newest good backup (&apos;backup list&apos;, then &apos;backup restore ID&apos;).</source>
        <translation>{path} бүтүндүк текшерүүсүнөн өткөн жок ({detail}); эч нерсе өзгөргөн жок: акыркы бузулбаган камдык көчүрмөнү калыбына келтириңиз (&apos;backup list&apos;, анан &apos;backup restore ID&apos;).</translation>
    </message>
    <message>
        <source>{path} is not a usable BorderTrack database ({detail}); it failed its integrity check: restore a backup or choose another file.</source>
        <translation>{path} — жараксыз BorderTrack маалымат базасы ({detail}); ал бүтүндүк текшерүүсүнөн өткөн жок: камдык көчүрмөнү калыбына келтириңиз же башка файлды тандаңыз.</translation>
    </message>
    <message>
        <source>{path} cannot be prepared ({exc}); close other programs using it and try again.</source>
        <translation>{path} даярдалбай жатат ({exc}); аны колдонгон башка программаларды жаап, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved to {path}; free space and try again.</source>
        <translation>Диск толук: {path} ичине эч нерсе сакталган жок; орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>{name} is already open in another BorderTrack window; switch to that window or close it first.</source>
        <translation>{name} BorderTrackтин башка терезесинде ачык; ошол терезеге өтүңүз же адегенде аны жабыңыз.</translation>
    </message>
    <message>
        <source>{name} is open in a BorderTrack window (or another command is using it); nothing was changed: close that window or make the change there, then try again.</source>
        <translation>{name} BorderTrack терезесинде ачык (же аны башка буйрук колдонууда); эч нерсе өзгөргөн жок: ошол терезени жабыңыз же өзгөртүүнү ошол жерде жасап, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>This database was written by a newer BorderTrack (schema {current}); install the newer version to open it.</source>
        <translation>Бул база BorderTrackтин жаңыраак версиясы менен жазылган (схема {current}); аны ачуу үчүн жаңы версияны орнотуңуз.</translation>
    </message>
    <message>
        <source>This {entity} belongs to post &apos;{post}&apos;, not to this post &apos;{my_post}&apos;; only that post or a coordinator can change it.</source>
        <translation>Бул жазуу ({entity}) ушул «{my_post}» постуна эмес, «{post}» постуна таандык; аны ошол пост же координатор гана өзгөртө алат.</translation>
    </message>
    <message>
        <source>{entities} are reference data kept by the coordinator; ask the coordinator to change them.</source>
        <translation>{entities} — координатор жүргүзгөн маалымдама маалыматтары; аларды өзгөртүүнү координатордон сураңыз.</translation>
    </message>
    <message>
        <source>A trainer&apos;s device records training and people, not {entities}.</source>
        <translation>Тренердин түзмөгү окутууну жана адамдарды жазат, бул эмес: {entities}.</translation>
    </message>
    <message>
        <source>{entities} are kept by trainers; record them on a trainer&apos;s device.</source>
        <translation>{entities} тренерлер тарабынан жүргүзүлөт; аларды тренердин түзмөгүндө жазыңыз.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>This file is not a readable BorderTrack bundle ({reason}); ask the sender to export it again.</source>
        <translation>Бул файл окула турган BorderTrack пакети эмес ({reason}); жөнөтүүчүдөн аны кайра чыгарууну сураңыз.</translation>
    </message>
    <message>
        <source>This bundle is too large to open safely: {what} is {found:,.0f}, the limit is {limit:,.0f}; ask the sender to export smaller bundles (incremental, or per post).</source>
        <translation>Бул пакет коопсуз ачуу үчүн өтө чоң: {what} — {found:,.0f}, чеги — {limit:,.0f}; жөнөтүүчүдөн кичирээк пакеттерди чыгарууну сураңыз (өзгөрүүлөр гана же пост боюнча).</translation>
    </message>
    <message>
        <source>This bundle contains {what} in {where}, which a BorderTrack bundle never has; do not open it in Excel and ask the sender for a fresh export.</source>
        <translation>Бул пакетте {where} ичинде {what} бар, BorderTrack пакетинде мындай эч качан болбойт; аны Excelде ачпаңыз жана жөнөтүүчүдөн жаңы чыгарууну сураңыз.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer BorderTrack (format {version}, this one reads up to {supported}); update BorderTrack to import it.</source>
        <translation>Бул пакет BorderTrackтин жаңыраак версиясында түзүлгөн (формат {version}, бул версия {supported} чейин окуйт); аны импорттоо үчүн BorderTrackти жаңыртыңыз.</translation>
    </message>
    <message>
        <source>This bundle was changed after it was signed ({where}); do not import it, ask the sender for a fresh copy.</source>
        <translation>Бул пакет кол коюлгандан кийин өзгөртүлгөн ({where}); аны импорттобоңуз, жөнөтүүчүдөн жаңы көчүрмө сураңыз.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}: {problem}; the bundle was not imported, ask the sender to check that record and export again.</source>
        <translation>«{sheet}» барагы, {row}-сап: {problem}; пакет импорттолгон жок, жөнөтүүчүдөн ошол жазууну текшерип, кайра чыгарууну сураңыз.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл бош</translation>
    </message>
    <message>
        <source>it is not an Excel .xlsx workbook</source>
        <translation>бул Excel .xlsx китеби эмес</translation>
    </message>
    <message>
        <source>the workbook holds two parts with one name</source>
        <translation>китепте бир аттуу эки бөлүк бар</translation>
    </message>
    <message>
        <source>a part of the workbook is encrypted</source>
        <translation>китептин бир бөлүгү шифрленген</translation>
    </message>
    <message>
        <source>the workbook is damaged or truncated</source>
        <translation>китеп бузулган же кесилген</translation>
    </message>
    <message>
        <source>the workbook cannot be read</source>
        <translation>китеп окулбайт</translation>
    </message>
    <message>
        <source>This bundle would be too large for any device to import (its sheet &apos;{sheet}&apos; is past the limits every reader checks); nothing was written. Tell the coordinator: this version cannot split a bundle yet.</source>
        <translation>Бул пакет эч бир түзмөк импорттой алгыдай эмес, өтө чоң болмок (анын «{sheet}» барагы ар бир түзмөк окуп жатканда текшерген чектен ашат); эч нерсе жазылган жок. Координаторго билдириңиз: бул версия пакетти азырынча бөлүктөргө бөлө албайт.</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>Чыгаруу жокко чыгарылды; пакет жазылган жок.</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Аталышы (орусча)</translation>
    </message>
    <message>
        <source>Name (Kyrgyz)</source>
        <translation>Аталышы (кыргызча)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облус</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Border with</source>
        <translation>Чектешкен өлкө</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аягы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>Бирдигинин баасы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күндөр</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сааттар</translation>
    </message>
    <message>
        <source>Attendance to pass (%)</source>
        <translation>Өтүү үчүн катышуу (%)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сүрөттөмө</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Наамы</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Кызматтык номери</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Инвентардык номери</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Заводдук номери</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Баасы</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Hand-over act</source>
        <translation>Кабыл алуу-өткөрүп берүү акты</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Жооптуу адам</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Статустун күнү</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Буюм</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Текшерилген күнү</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Жыйынтыгы</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Текшерген</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>From organisation</source>
        <translation>Уюмдан</translation>
    </message>
    <message>
        <source>From agency</source>
        <translation>Мекемеден</translation>
    </message>
    <message>
        <source>From post</source>
        <translation>Посттон</translation>
    </message>
    <message>
        <source>From person</source>
        <translation>Кызматкерден</translation>
    </message>
    <message>
        <source>To agency</source>
        <translation>Мекемеге</translation>
    </message>
    <message>
        <source>To post</source>
        <translation>Постко</translation>
    </message>
    <message>
        <source>To person</source>
        <translation>Кызматкерге</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Кол коюлган жер</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Өткөрүп берген</translation>
    </message>
    <message>
        <source>Job title (handing over)</source>
        <translation>Кызматы (өткөрүп берүүчү)</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Кабыл алган</translation>
    </message>
    <message>
        <source>Job title (receiving)</source>
        <translation>Кызматы (кабыл алуучу)</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>Host post</source>
        <translation>Өткөрүлгөн пост</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Окутуучулар</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сабак</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Сертификат берилген</translation>
    </message>
    <message>
        <source>Name on certificate</source>
        <translation>Сертификаттагы аты-жөнү</translation>
    </message>
    <message>
        <source>Certificate check code</source>
        <translation>Сертификатты текшерүү коду</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Курска жазылуу</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Белги</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Подрядчик</translation>
    </message>
    <message>
        <source>Complete (%)</source>
        <translation>Аткарылышы (%)</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Пландалган башталышы</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Пландалган аякташы</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Иш жүзүндө башталган күнү</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Иш жүзүндө бүткөн күнү</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>Келишимдин суммасы</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>Кароо күнү</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Текшерүүчү</translation>
    </message>
    <message>
        <source>Status found</source>
        <translation>Табылган абалы</translation>
    </message>
</context>
<context>
    <name>gaps</name>
    <message>
        <source>{count} changes made by the coordinator have not arrived yet; ask the coordinator for a new bundle.</source>
        <translation>Координатордун өзгөртүүлөрү али келе элек: {count}; координатордон жаңы пакет сураңыз.</translation>
    </message>
    <message>
        <source>{count} changes made on {device} have not arrived yet; the next bundle from the coordinator should bring them.</source>
        <translation>{device} түзмөгүндөгү өзгөртүүлөр али келе элек: {count}; аларды координатордун кийинки пакети алып келиши керек.</translation>
    </message>
    <message>
        <source>Bundle {n} from the coordinator has not arrived.</source>
        <translation>Координатордон {n}-пакет келген жок.</translation>
    </message>
    <message>
        <source>{count} bundles from the coordinator have not arrived yet.</source>
        <translation>Координатордон пакеттер али келе элек: {count}.</translation>
    </message>
    <message>
        <source>Bundle {n} from {sender} has not arrived.</source>
        <translation>{sender} жөнөткөн {n}-пакет келген жок.</translation>
    </message>
    <message>
        <source>{count} bundles from {sender} have not arrived yet.</source>
        <translation>{sender} жөнөткөн пакеттер али келе элек: {count}.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Would apply bundle {seq} from {sender}: {new} new, {updated} updated, {unchanged} unchanged, {deleted} deleted; {conflicts} conflicts, {duplicates} duplicates, {out_of_scope} out of scope.</source>
        <translation>{sender} жөнөткөн {seq}-пакет колдонулат: жаңы {new}, өзгөртүлгөн {updated}, өзгөрүүсүз {unchanged}, өчүрүлгөн {deleted}; карама-каршылык {conflicts}, кайталанма {duplicates}, укуктан тышкары {out_of_scope}.</translation>
    </message>
    <message>
        <source>Applied bundle {seq} from {sender}: {new} new, {updated} updated, {unchanged} unchanged, {deleted} deleted; {conflicts} conflicts, {duplicates} duplicates, {out_of_scope} out of scope.</source>
        <translation>{sender} жөнөткөн {seq}-пакет колдонулду: жаңы {new}, өзгөртүлгөн {updated}, өзгөрүүсүз {unchanged}, өчүрүлгөн {deleted}; карама-каршылык {conflicts}, кайталанма {duplicates}, укуктан тышкары {out_of_scope}.</translation>
    </message>
    <message>
        <source>This bundle brought everything they held: nothing is missing.</source>
        <translation>Бул пакет жетпей калгандардагынын баарын алып келди: эч нерсе жоголгон жок.</translation>
    </message>
    <message>
        <source>This bundle was already imported on {date}; nothing changed.</source>
        <translation>Бул пакет {date} импорттолгон; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>{n} changes carry a clock stamp far in the future: check that device&apos;s date.</source>
        <translation>Убакыт белгиси алыскы келечекте турган өзгөртүүлөр: {n}; ошол түзмөктүн датасын текшериңиз.</translation>
    </message>
    <message>
        <source>Ask {sender} to export again.</source>
        <translation>{sender} түзмөгүнөн кайра экспорттоону сураңыз.</translation>
    </message>
    <message>
        <source>Change numbers not yet received: {ranges}.</source>
        <translation>Али алына элек өзгөртүүлөрдүн номерлери: {ranges}.</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <source>deleted</source>
        <translation>өчүрүлдү</translation>
    </message>
    <message>
        <source>relayed by a device that may only send its own changes</source>
        <translation>өз өзгөртүүлөрүн гана жөнөтө алган түзмөк аркылуу өткөрүлгөн</translation>
    </message>
    <message>
        <source>outside the scope of the device that made it</source>
        <translation>аны жасаган түзмөктүн укугунан тышкары</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Өчүрүлдү</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>{label} is required; enter a value.</source>
        <translation>{label}: милдеттүү талаа; маани киргизиңиз.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date; write it like {example}.</source>
        <translation>{label}: «{value}» — дата эмес; мындай жазыңыз: {example}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{label}: «{value}» — бүтүн сан эмес.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a number.</source>
        <translation>{label}: «{value}» — сан эмес.</translation>
    </message>
    <message>
        <source>{label} is too long; shorten it to at most {n} characters.</source>
        <translation>{label}: өтө узун; {n} белгиге чейин кыскартыңыз.</translation>
    </message>
    <message>
        <source>{label}: {value} is below the minimum {minimum}.</source>
        <translation>{label}: {value} минимумдан ({minimum}) аз.</translation>
    </message>
    <message>
        <source>{label}: {value} is above the maximum {maximum}.</source>
        <translation>{label}: {value} максимумдан ({maximum}) көп.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not one of the choices; pick one from the list.</source>
        <translation>{label}: «{value}» тандоолордо жок; тизмеден тандаңыз.</translation>
    </message>
    <message>
        <source>{label} is before the start date; check both dates.</source>
        <translation>{label}: башталган күндөн мурун; эки датаны тең текшериңиз.</translation>
    </message>
    <message>
        <source>{label} {value} is already used by {other}; open that record instead.</source>
        <translation>{label} {value} мурунтан эле колдонулууда: {other}; ошол жазууну ачыңыз.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>refs</name>
    <message>
        <source>not yet known: {code}</source>
        <translation>али алына элек: {code}</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>All projects</source>
        <translation>Бардык долбоорлор</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Мезгил: {start} – {end}</translation>
    </message>
    <message>
        <source>Prepared {date} by {device}</source>
        <translation>Даярдалды {date}, {device}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Donor report</source>
        <translation>Донор үчүн отчёт</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Долбоорлор</translation>
    </message>
    <message>
        <source>Projects and donors</source>
        <translation>Долбоорлор жана донорлор</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Жабдуулар</translation>
    </message>
    <message>
        <source>Equipment received</source>
        <translation>Алынган жабдуулар</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <source>Stock-take and losses</source>
        <translation>Инвентаризация жана жоготуулар</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Окутуу</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Иштер</translation>
    </message>
    <message>
        <source>Infrastructure works</source>
        <translation>Курулуш иштери</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Методика</translation>
    </message>
    <message>
        <source>How each figure is counted</source>
        <translation>Ар бир көрсөткүч кантип эсептелет</translation>
    </message>
    <message>
        <source>Project: {project}</source>
        <translation>Долбоор: {project}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсөткүч</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>Кантип эсептелет</translation>
    </message>
    <message>
        <source>Items with no received date (not counted in any figure)</source>
        <translation>Алынган күнү жок бирдиктер (эч бир көрсөткүчкө кирген жок)</translation>
    </message>
    <message>
        <source>Flow and stock</source>
        <translation>Кыймыл жана калдык</translation>
    </message>
    <message>
        <source>A flow figure counts what happened between the period&apos;s first and last day, both included. A stock figure is the state on the period&apos;s last day; later changes are not counted.</source>
        <translation>Кыймыл көрсөткүчү мезгилдин биринчи күнүнөн акыркы күнүнө чейин (кошо алганда) болгон нерсени эсептейт. Калдык көрсөткүчү — мезгилдин акыркы күнүндөгү абал; кийинки өзгөрүүлөр эсептелбейт.</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Акча</translation>
    </message>
    <message>
        <source>Every value is in the currency of the item&apos;s or the work&apos;s project. Values in different currencies are never added; each total is one row per currency. A converted total appears only when rates were entered for the report, and each rate is shown beside it.</source>
        <translation>Ар бир сумма бирдик же иш таандык болгон долбоордун валютасында көрсөтүлөт. Ар кандай валютадагы суммалар эч качан кошулбайт; ар бир жыйынтык — ар бир валюта үчүн өзүнчө сап. Которулган жыйынтык отчёт үчүн курстар киргизилгенде гана чыгат жана ар бир курс жанында көрсөтүлөт.</translation>
    </message>
    <message>
        <source>Items received</source>
        <translation>Алынган бирдиктер</translation>
    </message>
    <message>
        <source>Items whose received date falls in the period, with their recorded value. Items with no recorded value count as items but add nothing to the value.</source>
        <translation>Алынган күнү мезгилге кирген бирдиктер, көрсөтүлгөн наркы менен. Наркы жок бирдиктер санга кирет, бирок суммага кошулбайт.</translation>
    </message>
    <message>
        <source>Items handed over on acts</source>
        <translation>Актылар боюнча өткөрүлгөн бирдиктер</translation>
    </message>
    <message>
        <source>Lines of hand-over acts dated in the period; an item handed over twice counts twice.</source>
        <translation>Мезгилде түзүлгөн өткөрүп берүү актыларынын саптары; эки жолу өткөрүлгөн бирдик эки жолу эсептелет.</translation>
    </message>
    <message>
        <source>Items lost or stolen</source>
        <translation>Жоголгон же уурдалган бирдиктер</translation>
    </message>
    <message>
        <source>Items whose status is lost or stolen and whose status date falls in the period. Without a status date, the day the status was recorded in the register is used.</source>
        <translation>Статусу «жоголгон» же «уурдалган» жана статусунун күнү мезгилге кирген бирдиктер. Статустун күнү жок болсо, статус реестрге киргизилген күн алынат.</translation>
    </message>
    <message>
        <source>Items written off</source>
        <translation>Эсептен чыгарылган бирдиктер</translation>
    </message>
    <message>
        <source>Items whose status is written off, dated in the same way as lost items.</source>
        <translation>Статусу «эсептен чыгарылган» бирдиктер; күнү жоголгондордукундай аныкталат.</translation>
    </message>
    <message>
        <source>Items on the register</source>
        <translation>Реестрдеги бирдиктер</translation>
    </message>
    <message>
        <source>Items received by the period&apos;s last day and not lost, stolen or written off by then.</source>
        <translation>Мезгилдин акыркы күнүнө чейин алынган жана ошол күнгө чейин жоголбогон, уурдалбаган жана эсептен чыгарылбаган бирдиктер.</translation>
    </message>
    <message>
        <source>Items checked in the period</source>
        <translation>Мезгилде текшерилген бирдиктер</translation>
    </message>
    <message>
        <source>Items on the register at the period&apos;s end with at least one stock-take check dated in the period; coverage is that number divided by the items on the register.</source>
        <translation>Мезгилдин аягында реестрде турган жана мезгилде жок дегенде бир инвентаризация текшерүүсү болгон бирдиктер; камтуу — алардын санын реестрдеги бирдиктердин санына бөлгөндөгү үлүш.</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Окутулган адамдар</translation>
    </message>
    <message>
        <source>People enrolled (not withdrawn) on a session that started in the period and was not cancelled, each person counted once however many sessions.</source>
        <translation>Мезгилде башталган жана жокко чыгарылбаган сабакка катталган (чыгып кетпеген) адамдар; ар бир адам канча сабак болсо да бир жолу эсептелет.</translation>
    </message>
    <message>
        <source>People who completed a course</source>
        <translation>Курсту аяктагандар</translation>
    </message>
    <message>
        <source>Of those, people who passed a session that ended by the period&apos;s last day. Sex left empty is counted as not recorded; the share of women is women divided by all, not recorded included.</source>
        <translation>Алардын ичинен мезгилдин акыркы күнүнө чейин аяктаган сабакты ийгиликтүү өткөн адамдар. Толтурулбаган жынысы «көрсөтүлгөн эмес» деп эсептелет; аялдардын үлүшү — аялдардын санын бардыгына («көрсөтүлгөн эмес» кошо) бөлгөндөгү үлүш.</translation>
    </message>
    <message>
        <source>Training sessions held</source>
        <translation>Өткөрүлгөн сабактар</translation>
    </message>
    <message>
        <source>Sessions that started in the period and were not cancelled.</source>
        <translation>Мезгилде башталган жана жокко чыгарылбаган сабактар.</translation>
    </message>
    <message>
        <source>Works started</source>
        <translation>Башталган иштер</translation>
    </message>
    <message>
        <source>Works whose actual start date falls in the period.</source>
        <translation>Иш жүзүндө башталган күнү мезгилге кирген иштер.</translation>
    </message>
    <message>
        <source>Works completed</source>
        <translation>Аяктаган иштер</translation>
    </message>
    <message>
        <source>Works whose actual end date falls in the period.</source>
        <translation>Иш жүзүндө аяктаган күнү мезгилге кирген иштер.</translation>
    </message>
    <message>
        <source>Works under way</source>
        <translation>Жүрүп жаткан иштер</translation>
    </message>
    <message>
        <source>Works started by the period&apos;s last day and not finished by then. The stage comes from the actual dates, not from the status typed today.</source>
        <translation>Мезгилдин акыркы күнүнө чейин башталган жана ошол күнгө чейин бүтпөгөн иштер. Баскыч бүгүн киргизилген статус боюнча эмес, иш жүзүндөгү күндөр боюнча аныкталат.</translation>
    </message>
    <message>
        <source>Works late</source>
        <translation>Кечиккен иштер</translation>
    </message>
    <message>
        <source>Works whose planned end is before the period&apos;s last day and that were not finished by then; days late run to the period&apos;s last day, or to the actual end for works finished late.</source>
        <translation>Пландагы аякташы мезгилдин акыркы күнүнөн мурда болгон жана ошол күнгө чейин бүтпөгөн иштер; кечиккен күндөр мезгилдин акыркы күнүнө чейин, кеч бүткөн иштер үчүн иш жүзүндөгү аякташына чейин эсептелет.</translation>
    </message>
    <message>
        <source>Budget and delivered value</source>
        <translation>Бюджет жана жеткирилген нарк</translation>
    </message>
    <message>
        <source>Delivered by the period&apos;s end is the value of the project&apos;s items received by then plus the contract value of its works completed by then; the share of budget delivered divides it by the project&apos;s budget, in the project&apos;s currency.</source>
        <translation>Мезгилдин аягына чейин жеткирилгени — ошол күнгө чейин алынган долбоордун бирдиктеринин наркы плюс ошол күнгө чейин бүткөн иштеринин келишимдик наркы; бюджеттин өздөштүрүлгөн үлүшү — аны долбоордун бюджетине бөлгөндөгү үлүш, долбоордун валютасында.</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>мезгил ичинде</translation>
    </message>
    <message>
        <source>at the period&apos;s end</source>
        <translation>мезгилдин аягында</translation>
    </message>
    <message>
        <source>Share of trained</source>
        <translation>Окутулгандардын үлүшү</translation>
    </message>
    <message>
        <source>Share of completed</source>
        <translation>Аяктагандардын үлүшү</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Жыйынтыгы</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Эсеп</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Value or share</source>
        <translation>Сумма же үлүш</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>How each figure is counted: see the sheet &apos;Method&apos;.</source>
        <translation>Ар бир көрсөткүч кантип эсептелет: «Методика» барагын караңыз.</translation>
    </message>
    <message>
        <source>Converted at the rates entered for this report</source>
        <translation>Ушул отчёт үчүн киргизилген курстар боюнча которулду</translation>
    </message>
    <message>
        <source>Property of {owner}</source>
        <translation>Менчик ээси: {owner}</translation>
    </message>
    <message>
        <source>Funded by {donor}</source>
        <translation>Каржылоочу: {donor}</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Долбоордун аталышы</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Equipment received in the period</source>
        <translation>Мезгилде алынган жабдуулар</translation>
    </message>
    <message>
        <source>Equipment received by the period&apos;s end</source>
        <translation>Мезгилдин аягына чейин алынган жабдуулар</translation>
    </message>
    <message>
        <source>Works completed by the period&apos;s end</source>
        <translation>Мезгилдин аягына чейин бүткөн иштер</translation>
    </message>
    <message>
        <source>Delivered by the period&apos;s end</source>
        <translation>Мезгилдин аягына чейин жеткирилди</translation>
    </message>
    <message>
        <source>Share of budget delivered</source>
        <translation>Бюджеттин өздөштүрүлгөн үлүшү</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>Долбоорлор боюнча</translation>
    </message>
    <message>
        <source>By donor</source>
        <translation>Донорлор боюнча</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Катышуу баракчасы</translation>
    </message>
    <message>
        <source>Each participant signs the box of each day attended; the trainer writes &apos;absent&apos; in the box of a day missed.</source>
        <translation>Ар бир катышуучу катышкан ар бир күндүн уячасына кол коёт; келбеген күндүн уячасына тренер «келген жок» деп жазат.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Service No.</source>
        <translation>Кызматтык №</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Тренерлер</translation>
    </message>
    <message>
        <source>Trainer&apos;s signature</source>
        <translation>Тренердин колу</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Өткөрүү пункту</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Бирдиктер</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Наркы</translation>
    </message>
    <message>
        <source>Items received in the period</source>
        <translation>Мезгилде алынган бирдиктер</translation>
    </message>
    <message>
        <source>Items received, by category</source>
        <translation>Алынган бирдиктер категориялар боюнча</translation>
    </message>
    <message>
        <source>Items on the register at the period&apos;s end</source>
        <translation>Мезгилдин аягында реестрдеги бирдиктер</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Камтуу</translation>
    </message>
    <message>
        <source>Items found missing at checks in the period</source>
        <translation>Мезгилдеги текшерүүлөрдө табылбаган бирдиктер</translation>
    </message>
    <message>
        <source>Items found damaged at checks in the period</source>
        <translation>Мезгилдеги текшерүүлөрдө бузук табылган бирдиктер</translation>
    </message>
    <message>
        <source>Lost or stolen in the period</source>
        <translation>Мезгилде жоголгон же уурдалган</translation>
    </message>
    <message>
        <source>Written off in the period</source>
        <translation>Мезгилде эсептен чыгарылган</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Окутулду</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аякталды</translation>
    </message>
    <message>
        <source>People trained and completed, by sex</source>
        <translation>Окутулгандар жана аяктагандар, жынысы боюнча</translation>
    </message>
    <message>
        <source>Sessions held, by course</source>
        <translation>Өткөрүлгөн сабактар курстар боюнча</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Баскыч</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Объекттер</translation>
    </message>
    <message>
        <source>Works by stage at the period&apos;s end</source>
        <translation>Мезгилдин аягындагы баскычтар боюнча иштер</translation>
    </message>
    <message>
        <source>Facilities by stage at the period&apos;s end</source>
        <translation>Мезгилдин аягындагы баскычтар боюнча объекттер</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>Келишимдин наркы</translation>
    </message>
    <message>
        <source>Contract value by stage</source>
        <translation>Баскычтар боюнча келишимдердин наркы</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Подрядчы</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Даярдыгы</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Пландагы башталышы</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Пландагы аякташы</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Иш жүзүндөгү башталышы</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Иш жүзүндөгү аякташы</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Кечиккен күндөр</translation>
    </message>
    <message>
        <source>Planned against actual dates, as of the period&apos;s end</source>
        <translation>Мезгилдин аягындагы пландагы жана иш жүзүндөгү күндөр</translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation>(валюта көрсөтүлгөн эмес)</translation>
    </message>
    <message>
        <source>Value of items received</source>
        <translation>Алынган бирдиктердин наркы</translation>
    </message>
    <message>
        <source>Value of items on the register</source>
        <translation>Реестрдеги бирдиктердин наркы</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>People trained and completed, by agency</source>
        <translation>Окутулгандар жана аяктагандар, мекемелер боюнча</translation>
    </message>
    <message>
        <source>People trained and completed, by post</source>
        <translation>Окутулгандар жана аяктагандар, өткөрүү пункттары боюнча</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Берилген сертификаттар</translation>
    </message>
    <message>
        <source>Type the certificate&apos;s number and check code as printed; the name and course shown must match the paper.</source>
        <translation>Сертификаттын номерин жана текшерүү кодун басылгандай киргизиңиз; көрсөтүлгөн аты-жөнү жана курс кагаз менен дал келиши керек.</translation>
    </message>
    <message>
        <source>Genuine:</source>
        <translation>Чыныгы:</translation>
    </message>
    <message>
        <source>The check code does not match this number: the certificate may have been altered.</source>
        <translation>Текшерүү коду бул номерге туура келбейт: сертификат өзгөртүлгөн болушу мүмкүн.</translation>
    </message>
    <message>
        <source>No certificate with this number.</source>
        <translation>Мындай номердеги сертификат жок.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>Сертификат №</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Текшерүү коду</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Күндөр</translation>
    </message>
    <message>
        <source>Issued {issued}; this copy printed {today}</source>
        <translation>Берилген күнү {issued}; бул нуска басылган күнү {today}</translation>
    </message>
    <message>
        <source>CERTIFICATE</source>
        <translation>СЕРТИФИКАТ</translation>
    </message>
    <message>
        <source>of course completion</source>
        <translation>курсту аяктагандыгы жөнүндө</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Ушул менен күбөлөндүрүлөт:</translation>
    </message>
    <message>
        <source>has successfully completed the course</source>
        <translation>төмөнкү курсту ийгиликтүү аяктады</translation>
    </message>
    <message>
        <source>under the project {project}, funded by {donor}</source>
        <translation>{project} долбоорунун алкагында, каржылоочу: {donor}</translation>
    </message>
    <message>
        <source>To check: scan the code or open {url} and enter the number and check code; the name shown must match.</source>
        <translation>Текшерүү: кодду сканерлеңиз же {url} ачып, номерди жана текшерүү кодун киргизиңиз; көрсөтүлгөн аты-жөнү дал келиши керек.</translation>
    </message>
    <message>
        <source>To check: give the number and check code to the programme office; the name they read back must match.</source>
        <translation>Текшерүү: номерди жана текшерүү кодун программанын кеңсесине билдириңиз; алар айткан аты-жөнү дал келиши керек.</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>ДУБЛИКАТ</translation>
    </message>
    <message>
        <source>Date of issue: {date}</source>
        <translation>Берилген күнү: {date}</translation>
    </message>
    <message>
        <source>{hours} academic hours</source>
        <translation>{hours} академиялык саат</translation>
    </message>
    <message>
        <source>Certificate No. {number}</source>
        <translation>Сертификат № {number}</translation>
    </message>
    <message>
        <source>Check code: {code}</source>
        <translation>Текшерүү коду: {code}</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} күн</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сабактар</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Катышуучулар</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Башталган эмес</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Жүрүүдө</translation>
    </message>
    <message>
        <source>of whom women</source>
        <translation>анын ичинде аялдар</translation>
    </message>
    <message>
        <source>Converted total</source>
        <translation>Которулган жыйынтык</translation>
    </message>
    <message>
        <source>value</source>
        <translation>наркы</translation>
    </message>
    <message>
        <source>Act of delivery and acceptance of equipment No. {number}</source>
        <translation>Жабдууларды жеткирүү жана кабыл алуу актысы № {number}</translation>
    </message>
    <message>
        <source>Act of hand-over and acceptance of equipment No. {number}</source>
        <translation>Жабдууларды өткөрүп берүү жана кабыл алуу актысы № {number}</translation>
    </message>
    <message>
        <source>Act of issue of equipment for personal use No. {number}</source>
        <translation>Жабдууларды жеке пайдаланууга берүү актысы № {number}</translation>
    </message>
    <message>
        <source>Act of return of equipment No. {number}</source>
        <translation>Жабдууларды кайтаруу актысы № {number}</translation>
    </message>
    <message>
        <source>We, the undersigned, have drawn up this act: the party handing over has handed over, and the party receiving has accepted, the equipment listed below in the condition stated.</source>
        <translation>Биз, төмөндө кол койгондор, өткөрүп берүүчү тарап төмөндө саналган жабдууларды көрсөтүлгөн абалында өткөрүп бергени, ал эми кабыл алуучу тарап кабыл алганы жөнүндө ушул актыны түздүк.</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>даана</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Өткөрүп берүүчү тарап</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Кабыл алуучу тарап</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Инв. номери</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Сериялык номери</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлч. бир.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Total value in {currency}: {value} ({count} items)</source>
        <translation>{currency} менен жалпы наркы: {value} ({count} бирдик)</translation>
    </message>
    <message>
        <source>Items with no recorded value: {count}</source>
        <translation>Наркы көрсөтүлбөгөн бирдиктер: {count}</translation>
    </message>
    <message>
        <source>Total items: {count}</source>
        <translation>Бардык бирдиктер: {count}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Өткөрүп берди</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Кабыл алды</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>М.О.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Кызматы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>The equipment was funded by {donor}.</source>
        <translation>Жабдуулар каржыланган: {donor}.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Колу</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Dashboard</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Мүлк</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <source>Hand-over acts</source>
        <translation>Берүү актылары</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Окутуу</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Инфраструктура</translation>
    </message>
    <message>
        <source>People and reference data</source>
        <translation>Адамдар, тизмелер</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Маалымат алмашуу</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Changes made here are dated up to {last}, more than a day after this computer&apos;s date ({now}): receivers refuse them. If this computer&apos;s date is right now, run &apos;bordertrack restamp&apos; to stamp them again; if not, set the date and time.</source>
        <translation>Бул жерде жасалган өзгөртүүлөр {last} чейинки дата менен белгиленген, бул компьютердин датасынан ({now}) бир күндөн ашык кийин: алуучулар аларды кабыл албайт. Эгер компьютердин датасы азыр туура болсо, белгилерди кайра коюу үчүн &apos;bordertrack restamp&apos; буйругун аткарыңыз; болбосо датаны жана убакытты коюңуз.</translation>
    </message>
    <message>
        <source>This computer&apos;s date ({now}) is earlier than the last change made here ({last}): its clock was set back or its clock battery is dead. Set the date and time; until then new changes are still stamped after the last one.</source>
        <translation>Бул компьютердеги дата ({now}) бул жерде жасалган акыркы өзгөртүүдөн ({last}) мурунку: саат артка жылдырылган же саат батарейкасы отуруп калган. Датаны жана убакытты коюңуз; ага чейин жаңы өзгөртүүлөр баары бир акыркысынан кийинки белги менен жазылат.</translation>
    </message>
    <message>
        <source>This record is now at {where}: {how}. Only that post or a coordinator can change it.</source>
        <translation>Бул жазуу азыр {where} постунда: {how}. Аны ошол пост же координатор гана өзгөртө алат.</translation>
    </message>
    <message>
        <source>merged into another record on {date}</source>
        <translation>{date} башка жазуу менен бириктирилди</translation>
    </message>
    <message>
        <source>deleted by the coordinator on {date}</source>
        <translation>{date} координатор тарабынан өчүрүлдү</translation>
    </message>
    <message>
        <source>deleted on {date}</source>
        <translation>{date} өчүрүлдү</translation>
    </message>
    <message>
        <source>moved by the coordinator to {post} on {date}</source>
        <translation>{date} координатор тарабынан {post} постуна которулду</translation>
    </message>
    <message>
        <source>handed to {post} on {date}</source>
        <translation>{date} {post} постуна берилди</translation>
    </message>
    <message>
        <source>handed to {post} on {date} (act {act})</source>
        <translation>{date} {post} постуна берилди (акт {act})</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Crossing point</source>
        <translation>Өткөрүү пункту</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Окутуучу</translation>
    </message>
    <message>
        <source>Regional coordinator</source>
        <translation>Аймактык координатор</translation>
    </message>
    <message>
        <source>Border guard</source>
        <translation>Чек ара кызматы</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Бажы кызматы</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Милиция</translation>
    </message>
    <message>
        <source>Drug control</source>
        <translation>Баңгизатты көзөмөлдөө</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <source>Road crossing</source>
        <translation>Автомобиль өткөрүү пункту</translation>
    </message>
    <message>
        <source>Rail crossing</source>
        <translation>Темир жол өткөрүү пункту</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>Аэропорт</translation>
    </message>
    <message>
        <source>Pedestrian crossing</source>
        <translation>Жөө жүргүнчүлөр үчүн өткөрүү пункту</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Аймактык кеңсе</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Body-worn camera</source>
        <translation>Төшкө тагылуучу камера</translation>
    </message>
    <message>
        <source>Voice recorder</source>
        <translation>Үн жазгыч</translation>
    </message>
    <message>
        <source>Body armour</source>
        <translation>Ок өтпөс жилет</translation>
    </message>
    <message>
        <source>Helmet</source>
        <translation>Туулга</translation>
    </message>
    <message>
        <source>Document scanner</source>
        <translation>Документ сканери</translation>
    </message>
    <message>
        <source>X-ray scanner</source>
        <translation>Рентген сканери</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Детектор</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Радиостанция</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Генератор</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Унаа</translation>
    </message>
    <message>
        <source>Night vision</source>
        <translation>Түнкү көрүү аспабы</translation>
    </message>
    <message>
        <source>Binoculars</source>
        <translation>Дүрбү</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>Колдонууда</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>Кампада</translation>
    </message>
    <message>
        <source>Under repair</source>
        <translation>Оңдоодо</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Бузук</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Жоголгон</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Уурдалган</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Эсептен чыгарылган</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Жакшы</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Канааттандырарлык</translation>
    </message>
    <message>
        <source>Unserviceable</source>
        <translation>Жараксыз</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Ордунда</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>Found damaged</source>
        <translation>Бузулган абалда табылды</translation>
    </message>
    <message>
        <source>Found at another post</source>
        <translation>Башка посттон табылды</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Аял</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Эркек</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Угуучу</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Келди</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Кечикти</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Жүйөлүү себеп менен</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Келген жок</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Күтүлүүдө</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Өттү</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Өткөн жок</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Чыгып кетти</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Пландалган</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Жүрүп жатат</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяктады</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>Checkpoint building</source>
        <translation>Өткөрүү пунктунун имараты</translation>
    </message>
    <message>
        <source>Barracks</source>
        <translation>Казарма</translation>
    </message>
    <message>
        <source>Inspection lane</source>
        <translation>Текшерүү тилкеси</translation>
    </message>
    <message>
        <source>Canopy</source>
        <translation>Тосмо чатыр</translation>
    </message>
    <message>
        <source>Fence</source>
        <translation>Тосмо</translation>
    </message>
    <message>
        <source>Watchtower</source>
        <translation>Байкоо мунарасы</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>Электр менен камсыздоо</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>Суу менен камсыздоо</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Жылытуу</translation>
    </message>
    <message>
        <source>Access road</source>
        <translation>Кире бериш жол</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Курулууда</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Иштеп жатат</translation>
    </message>
    <message>
        <source>Needs repair</source>
        <translation>Оңдоону талап кылат</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Иштебейт</translation>
    </message>
</context>
<context>
    <name>when</name>
    <message>
        <source>made by hand</source>
        <translation>кол менен жасалган</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>импорттун алдында</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>калыбына келтирүүнүн алдында</translation>
    </message>
    <message>
        <source>when the program closed</source>
        <translation>программа жабылганда</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>колдонулду</translation>
    </message>
    <message>
        <source>previewed only</source>
        <translation>каралып гана чыкты</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>мурун импорттолгон</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>четке кагылды</translation>
    </message>
</context>
</TS>
