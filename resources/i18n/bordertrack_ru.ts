<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppContext</name>
    <message>
        <source>Could not use {file} ({reason}); close it in other programs such as Excel, check the disk and try again.</source>
        <translation>Не удалось использовать {file} ({reason}); закройте его в других программах, например в Excel, проверьте диск и повторите.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}); nothing was saved.</source>
        <translation>Произошла непредвиденная ошибка ({error}); ничего не сохранено.</translation>
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
        <translation>{n} из {days}</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Посетил</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Лист посещаемости</translation>
    </message>
    <message>
        <source>A printable roster with a box per day and a signature column, for classrooms without a computer.</source>
        <translation>Печатный список с клеткой на каждый день и графой для подписи — для классов без компьютера.</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Занятие:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>&amp;Сохранить PDF...</translation>
    </message>
    <message>
        <source>Save attendance sheet</source>
        <translation>Сохранить лист посещаемости</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the attendance sheet...</source>
        <translation>Запись листа посещаемости...</translation>
    </message>
    <message>
        <source>Sheet for {n} people saved to {path}.</source>
        <translation>Лист на {n} чел. сохранён в {path}.</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Certificates of completion for the people who passed, one PDF each, with the certificate number and a check code that shows any alteration.</source>
        <translation>Сертификаты об окончании курса для сдавших, по одному PDF на человека, с номером сертификата и контрольным кодом, который выявляет любое изменение.</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Занятие:</translation>
    </message>
    <message>
        <source>&amp;Passed:</source>
        <translation>&amp;Сдали:</translation>
    </message>
    <message>
        <source>Signed by (&amp;1):</source>
        <translation>Подписывает (&amp;1):</translation>
    </message>
    <message>
        <source>Signed by (&amp;2):</source>
        <translation>Подписывает (&amp;2):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>&amp;Save certificates...</source>
        <translation>&amp;Сохранить сертификаты...</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Проверить сертификат</translation>
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
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Папка для сертификатов</translation>
    </message>
    <message>
        <source>{n} certificates saved in {folder}.</source>
        <translation>Сертификатов сохранено: {n}, папка {folder}.</translation>
    </message>
    <message>
        <source>Writing certificates...</source>
        <translation>Запись сертификатов...</translation>
    </message>
    <message>
        <source>Valid: {holder}, {course}, completed {date}.</source>
        <translation>Действителен: {holder}, {course}, окончен {date}.</translation>
    </message>
    <message>
        <source>The register now spells the name {name}.</source>
        <translation>Сейчас в реестре имя записано так: {name}.</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>&amp;Post for rows that name none:</source>
        <translation>&amp;Пост для строк без поста:</translation>
    </message>
    <message>
        <source>C&amp;urrency of the value column:</source>
        <translation>&amp;Валюта столбца стоимости:</translation>
    </message>
    <message>
        <source>(as its header says, else the project&apos;s)</source>
        <translation>(как в заголовке, иначе валюта проекта)</translation>
    </message>
    <message>
        <source>&amp;Keep these choices as a template: a register with the same columns is matched the same way next time</source>
        <translation>&amp;Сохранить выбор как шаблон: реестр с теми же столбцами в следующий раз сопоставится так же</translation>
    </message>
    <message>
        <source>These choices come from a template kept for registers with these columns.</source>
        <translation>Этот выбор взят из шаблона, сохранённого для реестров с такими столбцами.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставьте столбцы</translation>
    </message>
    <message>
        <source>Each column of the sheet goes into the field chosen here, is kept in the notes, or is left out.</source>
        <translation>Каждый столбец листа попадает в выбранное здесь поле, сохраняется в примечаниях или не импортируется.</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <source>(kept in the notes)</source>
        <translation>(в примечания)</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Столбец {n}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>deleted here, edited there (or the reverse)</source>
        <translation>удалено здесь, изменено там (или наоборот)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{entity} {title}&lt;/b&gt;: {field}</source>
        <translation>&lt;b&gt;{entity} {title}&lt;/b&gt;: {field}</translation>
    </message>
    <message>
        <source>Made on {device}, {when}</source>
        <translation>Сделано на {device}, {when}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Keep this side for all {n} fields</source>
        <translation>Оставить эту сторону для всех полей ({n})</translation>
    </message>
    <message>
        <source>{field}: {mine} here, {theirs} there</source>
        <translation>{field}: здесь {mine}, там {theirs}</translation>
    </message>
    <message>
        <source>Also in conflict on this record:</source>
        <translation>В этой записи также конфликтуют:</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Это устройство</translation>
    </message>
    <message>
        <source>The other device</source>
        <translation>Другое устройство</translation>
    </message>
    <message>
        <source>&amp;Keep this one</source>
        <translation>&amp;Оставить эту</translation>
    </message>
    <message>
        <source>K&amp;eep this one</source>
        <translation>О&amp;ставить эту</translation>
    </message>
    <message>
        <source>Or &amp;another value:</source>
        <translation>Или &amp;другое значение:</translation>
    </message>
    <message>
        <source>Keep this &amp;value</source>
        <translation>Оставить это &amp;значение</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Конфликтов для рассмотрения нет.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>No agency</source>
        <translation>Без ведомства</translation>
    </message>
    <message>
        <source>{pct}% complete on average</source>
        <translation>Средняя готовность {pct}%</translation>
    </message>
    <message>
        <source>{n} conflicts to review</source>
        <translation>Конфликтов на рассмотрение: {n}</translation>
    </message>
    <message>
        <source>{n} possible duplicates to merge</source>
        <translation>Возможных дубликатов для объединения: {n}</translation>
    </message>
    <message>
        <source>{n} items not verified for over 12 months</source>
        <translation>Не проверялось более 12 месяцев: {n}</translation>
    </message>
    <message>
        <source>{n} works past their planned end</source>
        <translation>Работ с истёкшим плановым сроком: {n}</translation>
    </message>
    <message>
        <source>{n} enrolments of finished sessions without a result</source>
        <translation>Записей на завершённые занятия без результата: {n}</translation>
    </message>
    <message>
        <source>Equipment by status, per post</source>
        <translation>Имущество по состоянию, по постам</translation>
    </message>
    <message>
        <source>People trained in {year}, by agency and sex</source>
        <translation>Обучено в {year} году, по ведомствам и полу</translation>
    </message>
    <message>
        <source>Works by status</source>
        <translation>Работы по состоянию</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Average progress of works:</source>
        <translation>Средняя готовность работ:</translation>
    </message>
    <message>
        <source>Nothing needs attention: no conflicts, nothing overdue.</source>
        <translation>Всё в порядке: конфликтов и просрочек нет.</translation>
    </message>
    <message>
        <source>No records yet</source>
        <translation>Записей пока нет</translation>
    </message>
    <message>
        <source>Nobody completed a course in this year yet</source>
        <translation>В этом году ещё никто не завершил курс</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick from a calendar</source>
        <translation>Выбрать в календаре</translation>
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
        <translation>Это устройство: &lt;b&gt;{name}&lt;/b&gt; ({role}); отпечаток карточки &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Доверенное</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Known through the coordinator</source>
        <translation>Известно через координатора</translation>
    </message>
    <message>
        <source>Save this device&apos;s card</source>
        <translation>Сохранение карточки устройства</translation>
    </message>
    <message>
        <source>Enrol a device from its card</source>
        <translation>Добавить устройство по его карточке</translation>
    </message>
    <message>
        <source>Revoke {name}? Its bundles will be refused from now on; what it sent before stays.</source>
        <translation>Отозвать доверие к {name}? Его пакеты больше не будут приниматься; присланное ранее сохранится.</translation>
    </message>
    <message>
        <source>&amp;Save my device card…</source>
        <translation>&amp;Сохранить карточку этого устройства…</translation>
    </message>
    <message>
        <source>E&amp;nrol a device from its card…</source>
        <translation>&amp;Добавить устройство по его карточке…</translation>
    </message>
    <message>
        <source>&amp;Revoke the selected device</source>
        <translation>&amp;Отозвать доверие к выбранному устройству</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
</context>
<context>
    <name>DonorPage</name>
    <message>
        <source>All projects</source>
        <translation>Все проекты</translation>
    </message>
    <message>
        <source>Donor report</source>
        <translation>Отчёт для донора</translation>
    </message>
    <message>
        <source>An Excel workbook for donors: equipment delivered, stock-take coverage and losses, people trained by sex, agency and post, and infrastructure works.</source>
        <translation>Книга Excel для доноров: поставленное оборудование, охват инвентаризации и потери, обученные по полу, ведомству и посту, инфраструктурные работы.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>П&amp;роект:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Converted total &amp;in:</source>
        <translation>Пересчитать итог &amp;в:</translation>
    </message>
    <message>
        <source>&amp;Rates:</source>
        <translation>&amp;Курсы:</translation>
    </message>
    <message>
        <source>e.g. EUR (leave empty: totals per currency)</source>
        <translation>например, EUR (пусто: итоги по валютам)</translation>
    </message>
    <message>
        <source>e.g. USD=0.92 (one per other currency)</source>
        <translation>например, USD=0.92 (по одному на каждую другую валюту)</translation>
    </message>
    <message>
        <source>&amp;Save workbook...</source>
        <translation>&amp;Сохранить книгу...</translation>
    </message>
    <message>
        <source>Save donor report</source>
        <translation>Сохранить отчёт для донора</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Making the donor report...</source>
        <translation>Создание отчёта для донора...</translation>
    </message>
    <message>
        <source>Donor report saved to {path}.</source>
        <translation>Отчёт для донора сохранён в {path}.</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>{entity}: {field} {value} ({n} records)</source>
        <translation>{entity}: {field} {value} (записей: {n})</translation>
    </message>
    <message>
        <source>Both records have {field} {value}. Keep one; the other is merged into it.</source>
        <translation>У обеих записей {field} {value}. Оставьте одну; другая будет объединена с ней.</translation>
    </message>
    <message>
        <source>Record 1</source>
        <translation>Запись 1</translation>
    </message>
    <message>
        <source>Record 2</source>
        <translation>Запись 2</translation>
    </message>
    <message>
        <source>Keep record &amp;1</source>
        <translation>Оставить запись &amp;1</translation>
    </message>
    <message>
        <source>Keep record &amp;2</source>
        <translation>Оставить запись &amp;2</translation>
    </message>
    <message>
        <source>No duplicates to merge.</source>
        <translation>Дубликатов для объединения нет.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <source>&amp;Service number:</source>
        <translation>&amp;Табельный номер:</translation>
    </message>
    <message>
        <source>Type a service number and press Enter</source>
        <translation>Введите табельный номер и нажмите Enter</translation>
    </message>
    <message>
        <source>E&amp;nrol</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>Nobody holds this service number yet: enter the new person&apos;s name.</source>
        <translation>Такого табельного номера пока нет: введите ФИО нового человека.</translation>
    </message>
    <message>
        <source>{name} was added to the people and enrolled.</source>
        <translation>{name} добавлен(а) в список людей и записан(а) на курс.</translation>
    </message>
    <message>
        <source>{name} was found by service number and enrolled.</source>
        <translation>{name} найден(а) по табельному номеру и записан(а) на курс.</translation>
    </message>
</context>
<context>
    <name>EntityBrowser</name>
    <message>
        <source>{n} shown</source>
        <translation>Показано: {n}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Выгрузка в Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} rows written to {path}.</source>
        <translation>Записано строк: {n}, файл {path}.</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Запись {path}…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Type to search (Ctrl+F)</source>
        <translation>Введите текст для поиска (Ctrl+F)</translation>
    </message>
    <message>
        <source>All: {field}</source>
        <translation>Все: {field}</translation>
    </message>
    <message>
        <source>{field} from/to:</source>
        <translation>{field} с/по:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Ис&amp;тория</translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation>Сто&amp;лбцы…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>В &amp;Excel…</translation>
    </message>
</context>
<context>
    <name>EquipmentScreen</name>
    <message>
        <source>Hand-over act</source>
        <translation>Акт приёма-передачи</translation>
    </message>
    <message>
        <source>Select the items first.</source>
        <translation>Сначала выберите имущество.</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Выдать…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Передать…</translation>
    </message>
    <message>
        <source>Mar&amp;k status…</source>
        <translation>&amp;Состояние…</translation>
    </message>
    <message>
        <source>Hand-o&amp;ver act…</source>
        <translation>Акт &amp;передачи…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <source>Not &amp;verified for 12 months</source>
        <translation>Не &amp;проверено 12 месяцев</translation>
    </message>
    <message>
        <source>No stock-take check (or receipt) in the last 12 months</source>
        <translation>Ни инвентаризации, ни получения за последние 12 месяцев</translation>
    </message>
    <message>
        <source>Bring in the post&apos;s existing Excel register</source>
        <translation>Загрузить существующий реестр пункта из Excel</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Anyone (a full export)</source>
        <translation>Любому получателю (полный экспорт)</translation>
    </message>
    <message>
        <source>— choose who receives it —</source>
        <translation>— выберите получателя —</translation>
    </message>
    <message>
        <source>Choose who receives the bundle first.</source>
        <translation>Сначала выберите, кому отправить пакет.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>Excel bundle (*.xlsx)</source>
        <translation>Пакет Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <source>Bundle {seq} written: {n} changes in {file}.</source>
        <translation>Пакет {seq} записан: изменений — {n}, файл {file}.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Проверка пакета…</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>Open a bundle to see what it would change.</source>
        <translation>Откройте пакет, чтобы увидеть, что он изменит.</translation>
    </message>
    <message>
        <source>This bundle is addressed to another device; Apply imports it here anyway.</source>
        <translation>Этот пакет адресован другому устройству; «Применить» всё равно импортирует его сюда.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Вне полномочий</translation>
    </message>
    <message>
        <source>Records of {entity}</source>
        <translation>Записи: {entity}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Количество</translation>
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
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;Full export (everything, not only what is new for them)</source>
        <translation>&amp;Полный экспорт (всё, а не только новое для получателя)</translation>
    </message>
    <message>
        <source>E&amp;xport to a file…</source>
        <translation>&amp;Экспорт в файл…</translation>
    </message>
    <message>
        <source>&amp;Open a bundle…</source>
        <translation>&amp;Открыть пакет…</translation>
    </message>
    <message>
        <source>&amp;Apply import</source>
        <translation>&amp;Применить импорт</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>&amp;Move the items to the receiving post</source>
        <translation>&amp;Перевести имущество на принимающий пост</translation>
    </message>
    <message>
        <source>Items on this act ({n}):</source>
        <translation>Имущество в акте ({n}):</translation>
    </message>
    <message>
        <source>New hand-over act</source>
        <translation>Новый акт приёма-передачи</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Hand-over act</source>
        <translation>Акт приёма-передачи</translation>
    </message>
    <message>
        <source>The printable act: every item with asset tag, serial, model and value, the totals and the signature lines.</source>
        <translation>Акт для печати: каждая единица с инвентарным и серийным номером, моделью и стоимостью, итоги и строки для подписей.</translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation>&amp;Акт:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>&amp;Сохранить PDF...</translation>
    </message>
    <message>
        <source>Save hand-over act</source>
        <translation>Сохранить акт приёма-передачи</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the act...</source>
        <translation>Запись акта...</translation>
    </message>
    <message>
        <source>Act with {n} items saved to {path}.</source>
        <translation>Акт на {n} ед. сохранён в {path}.</translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <source>Save the act as PDF</source>
        <translation>Сохранить акт в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the act...</source>
        <translation>Формирование акта...</translation>
    </message>
    <message>
        <source>&amp;Print act (PDF)...</source>
        <translation>&amp;Печать акта (PDF)...</translation>
    </message>
    <message>
        <source>To make an act, select items on the Equipment screen and press &quot;Hand-over act&quot;.</source>
        <translation>Чтобы составить акт, выберите имущество на экране «Имущество» и нажмите «Акт передачи».</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>(held: waits for the record to reach this post)</source>
        <translation>(отложено: ждёт, пока запись поступит на этот пост)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Было → стало</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Nothing is missing: everything sent to this device has arrived.</source>
        <translation>Ничего не потеряно: всё, что отправлено на это устройство, пришло.</translation>
    </message>
    <message>
        <source>Changes not yet received, per device:</source>
        <translation>Ещё не полученные изменения по устройствам:</translation>
    </message>
    <message>
        <source>No gaps: every change numbered so far has arrived.</source>
        <translation>Пропусков нет: все пронумерованные изменения получены.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
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
        <translation>Состояние</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Вне полномочий</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Change numbers missing</source>
        <translation>Недостающие номера изменений</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Количество</translation>
    </message>
</context>
<context>
    <name>InfrastructureScreen</name>
    <message>
        <source>&amp;Late only</source>
        <translation>&amp;Просрочено</translation>
    </message>
    <message>
        <source>Planned end has passed and the works are not complete</source>
        <translation>Плановый срок прошёл, а работы не завершены</translation>
    </message>
    <message>
        <source>Inspections of the selected facility</source>
        <translation>Осмотры выбранного объекта</translation>
    </message>
    <message>
        <source>Record &amp;inspection…</source>
        <translation>Записать &amp;осмотр…</translation>
    </message>
</context>
<context>
    <name>ItemActionDialog</name>
    <message>
        <source>&amp;Holder (name or service number):</source>
        <translation>&amp;Ответственный (ФИО или табельный номер):</translation>
    </message>
    <message>
        <source>&amp;To post:</source>
        <translation>&amp;На пост:</translation>
    </message>
    <message>
        <source>— choose the new status —</source>
        <translation>— выберите новое состояние —</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Новое состояние:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Assign to a holder</source>
        <translation>Выдать ответственному</translation>
    </message>
    <message>
        <source>Transfer to another post</source>
        <translation>Передача на другой пост</translation>
    </message>
    <message>
        <source>Mark status</source>
        <translation>Отметить состояние</translation>
    </message>
    <message>
        <source>This changes {n} item(s): {items}</source>
        <translation>Изменится единиц: {n}: {items}</translation>
    </message>
    <message>
        <source>and {n} more.</source>
        <translation>и ещё {n}.</translation>
    </message>
    <message>
        <source>Choose the new status first.</source>
        <translation>Сначала выберите новое состояние.</translation>
    </message>
    <message>
        <source>Give the reason (what happened, report number).</source>
        <translation>Укажите причину (что произошло, номер рапорта).</translation>
    </message>
    <message>
        <source>Choose who or where first.</source>
        <translation>Сначала выберите, кому или куда.</translation>
    </message>
    <message>
        <source>Saved: {n} item(s) changed.</source>
        <translation>Сохранено: изменено единиц: {n}.</translation>
    </message>
</context>
<context>
    <name>LabelsPage</name>
    <message>
        <source>Still held (not lost, stolen or written off)</source>
        <translation>На учёте (не утеряно, не похищено, не списано)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation>Инвентарные этикетки</translation>
    </message>
    <message>
        <source>A sheet of 21 labels per A4 page (63.5 x 38.1 mm) with asset tag, post and a QR code that the stock-take scan box reads.</source>
        <translation>21 этикетка на листе A4 (63,5 x 38,1 мм): инвентарный номер, пост и QR-код, который читает поле сканирования при инвентаризации.</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Пост:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Save labels...</source>
        <translation>&amp;Сохранить этикетки...</translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>Сохранить этикетки</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing labels...</source>
        <translation>Запись этикеток...</translation>
    </message>
    <message>
        <source>{n} labels saved to {path}.</source>
        <translation>Этикеток: {n}, сохранено в {path}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This screen could not open: {error}</source>
        <translation>Не удалось открыть этот экран: {error}</translation>
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
        <translation>Кто работает?</translation>
    </message>
    <message>
        <source>Choose your name: it is recorded with every change you make.</source>
        <translation>Выберите своё имя: оно записывается с каждым вашим изменением.</translation>
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
        <translation>На этом устройстве только для чтения: эти записи ведёт координатор.</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <source>Bring in an existing list of officers or trainees</source>
        <translation>Загрузить существующий список сотрудников или слушателей</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Already registered: {name} ({agency}); open that record instead.</source>
        <translation>Уже зарегистрирован: {name} ({agency}); откройте эту запись.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Kept in the notes</source>
        <translation>В примечания</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Не импортируется</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Needs review: {what}</source>
        <translation>Требует проверки: {what}</translation>
    </message>
    <message>
        <source>Not an item: {why}</source>
        <translation>Не предмет: {why}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортируется</translation>
    </message>
    <message>
        <source>Not an item</source>
        <translation>Не предмет</translation>
    </message>
    <message>
        <source>{action}, to review</source>
        <translation>{action}, проверить</translation>
    </message>
</context>
<context>
    <name>PreviewDetails</name>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Задержано</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>{value} ({device}, {when})</source>
        <translation>{value} ({device}, {when})</translation>
    </message>
    <message>
        <source>both kept for review on the Conflicts tab</source>
        <translation>оба значения сохранены для проверки на вкладке «Конфликты»</translation>
    </message>
    <message>
        <source>{n} more lines are not listed; the counts above include them.</source>
        <translation>Ещё строк не показано: {n}; они учтены в числах выше.</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Записи:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>После импорта</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Number formats cannot be read from .{kind} files: a number shown with leading zeros (000130) arrives without them (130). To keep them, save the register as .xlsx in Excel or LibreOffice and import that file.</source>
        <translation>Из файлов .{kind} нельзя прочитать форматы чисел: число, показанное с ведущими нулями (000130), придёт без них (130). Чтобы сохранить нули, сохраните ведомость в формате .xlsx в Excel или LibreOffice и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Import. Rows marked &apos;Not imported&apos; say why; fix them in the sheet and import it again later.</source>
        <translation>Ничего не сохраняется, пока вы не нажмёте «Импортировать». Для строк «Не импортируется» указана причина; исправьте их в файле и импортируйте позже.</translation>
    </message>
    <message>
        <source>Check every column and row</source>
        <translation>Проверьте каждый столбец и строку</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Становится</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Не импортируемые строки</translation>
    </message>
    <message>
        <source>Rows that need review</source>
        <translation>Строки, требующие проверки</translation>
    </message>
    <message>
        <source>Rows that are not items</source>
        <translation>Строки, не являющиеся предметами</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Checking the rows...</source>
        <translation>Проверка строк...</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {same} unchanged, {skip} not imported, {review} to review, {ignored} rows not items.</source>
        <translation>Новых: {new}, изменённых: {changed}, без изменений: {same}, не импортируется: {skip}, на проверку: {review}, строк не предметов: {ignored}.</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n holder(s) who match nobody as new people: {names}</source>
        <translation>
            <numerusform>Добавить %n ответственного, которого нет в списке, как нового человека: {names}</numerusform>
            <numerusform>Добавить %n ответственных, которых нет в списке, как новых людей: {names}</numerusform>
            <numerusform>Добавить %n ответственных, которых нет в списке, как новых людей: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Импорт...</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Unlock this device&apos;s key</source>
        <translation>Разблокировать ключ устройства</translation>
    </message>
    <message>
        <source>The key that signs bundles is protected. Type its passphrase to export this session, or cancel to work without exporting.</source>
        <translation>Ключ для подписи пакетов защищён. Введите пароль, чтобы экспортировать в этом сеансе, или отмените, чтобы работать без экспорта.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Type this device&apos;s PIN to continue.</source>
        <translation>Введите PIN-код устройства, чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>New: {what}</source>
        <translation>Новая запись: {what}</translation>
    </message>
    <message>
        <source>{what} (read only on this device)</source>
        <translation>{what} (на этом устройстве только для чтения)</translation>
    </message>
    <message>
        <source>Edit: {what}</source>
        <translation>Изменение: {what}</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Saved: {what} {title}</source>
        <translation>Сохранено: {what} {title}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>В этой записи есть несохранённые изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Import an existing register</source>
        <translation>Импорт существующего реестра</translation>
    </message>
    <message>
        <source>Bring in the equipment or trainee list a post already keeps in Excel: columns are matched to fields, every row is checked and shown before anything is saved, and existing records are matched by asset tag, serial or service number.</source>
        <translation>Загрузите список оборудования или слушателей, который пост ведёт в Excel: столбцы сопоставляются с полями, каждая строка проверяется и показывается до сохранения, существующие записи находятся по инвентарному, серийному или табельному номеру.</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Записи:</translation>
    </message>
    <message>
        <source>&amp;Start the import...</source>
        <translation>&amp;Начать импорт...</translation>
    </message>
</context>
<context>
    <name>RegisterWizard</name>
    <message>
        <source>Import a register</source>
        <translation>Импорт реестра</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Открыть файл</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>{created} records added and {updated} changed. They are ordinary edits: logged, and sent with the next sync.</source>
        <translation>Добавлено записей: {created}, изменено: {updated}. Это обычные правки: они записаны в журнал и уйдут со следующей синхронизацией.</translation>
    </message>
    <message>
        <source>{n} of them need review: their notes begin a line with &apos;Needs review:&apos;; search for it in the table.</source>
        <translation>{n} из них требуют проверки: в их примечаниях есть строка «Needs review:»; найдите её поиском в таблице.</translation>
    </message>
    <message>
        <source>{n} holders added as new people.</source>
        <translation>Ответственных добавлено как новых людей: {n}.</translation>
    </message>
    <message>
        <source>The column choices are kept: a register with the same columns will be matched the same way.</source>
        <translation>Выбор столбцов сохранён: реестр с теми же столбцами будет сопоставлен так же.</translation>
    </message>
    <message>
        <source>Row {row}: {why}</source>
        <translation>Строка {row}: {why}</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>{n}/{days} days ({pct}%)</source>
        <translation>{n}/{days} дн. ({pct}%)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Не завершено</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Завершение</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <source>A PIN guards keys, trust, restore and settings.</source>
        <translation>PIN-код защищает ключи, доверие, восстановление и настройки.</translation>
    </message>
    <message>
        <source>No PIN is set.</source>
        <translation>PIN-код не задан.</translation>
    </message>
    <message>
        <source>The signing key is protected by a passphrase.</source>
        <translation>Ключ подписи защищён паролем.</translation>
    </message>
    <message>
        <source>The signing key is not protected by a passphrase.</source>
        <translation>Ключ подписи не защищён паролем.</translation>
    </message>
    <message>
        <source>Operator added.</source>
        <translation>Оператор добавлен.</translation>
    </message>
    <message>
        <source>Operator removed.</source>
        <translation>Оператор удалён.</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation>Смена PIN-кода</translation>
    </message>
    <message>
        <source>Current PIN:</source>
        <translation>Текущий PIN-код:</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>Задать PIN-код</translation>
    </message>
    <message>
        <source>New PIN (at least 4 digits):</source>
        <translation>Новый PIN-код (не менее 4 цифр):</translation>
    </message>
    <message>
        <source>The PIN is set.</source>
        <translation>PIN-код задан.</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Удаление PIN-кода</translation>
    </message>
    <message>
        <source>The PIN is removed.</source>
        <translation>PIN-код удалён.</translation>
    </message>
    <message>
        <source>Protect the signing key</source>
        <translation>Защита ключа подписи</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <source>The key is protected; exports ask for the passphrase once per session.</source>
        <translation>Ключ защищён; при экспорте пароль запрашивается один раз за сеанс.</translation>
    </message>
    <message>
        <source>Operators and protection</source>
        <translation>Операторы и защита</translation>
    </message>
    <message>
        <source>People who work on this laptop (chosen at start):</source>
        <translation>Кто работает на этом ноутбуке (выбор при запуске):</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Set or change PIN…</source>
        <translation>Задать или сменить PIN…</translation>
    </message>
    <message>
        <source>Remove PIN…</source>
        <translation>Удалить PIN…</translation>
    </message>
    <message>
        <source>Protect key with a passphrase…</source>
        <translation>Защитить ключ паролем…</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>A backup was made.</source>
        <translation>Резервная копия создана.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>Replace the current data with this backup? BorderTrack closes afterwards; start it again.</source>
        <translation>Заменить текущие данные этой резервной копией? После этого BorderTrack закроется; запустите его снова.</translation>
    </message>
    <message>
        <source>This language is not installed; English is shown.</source>
        <translation>Этот язык не установлен; показан английский.</translation>
    </message>
    <message>
        <source>The device name is saved.</source>
        <translation>Название устройства сохранено.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Это устройство</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>&amp;Название устройства:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Post code:</source>
        <translation>Код поста:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Файл базы данных:</translation>
    </message>
    <message>
        <source>none (not a crossing point&apos;s device)</source>
        <translation>нет (это не устройство пункта пропуска)</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>&amp;Сохранить название</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>Make a &amp;backup now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Восстановить выбранную…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up this computer</source>
        <translation>Настройка компьютера</translation>
    </message>
    <message>
        <source>This computer needs an identity before it can record and send data. Choose what it is used for; a key pair that signs its bundles is made now.</source>
        <translation>Прежде чем вести и отправлять данные, этому компьютеру нужно удостоверение. Выберите, для чего он используется; сейчас будет создана пара ключей для подписи его пакетов.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Post code:</source>
        <translation>&amp;Код поста:</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>&amp;Название устройства:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>e.g. DOS (only for a crossing point)</source>
        <translation>напр. DOS (только для пункта пропуска)</translation>
    </message>
    <message>
        <source>e.g. Dostuk laptop 1</source>
        <translation>напр. Достук, ноутбук 1</translation>
    </message>
    <message>
        <source>Enter the post code of this crossing point (e.g. DOS).</source>
        <translation>Введите код пункта пропуска (например, DOS).</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose the register</source>
        <translation>Выберите реестр</translation>
    </message>
    <message>
        <source>A workbook (.xlsx, .xls, .xlsb, .ods) or a .csv file; titles above the table and merged headers are fine.</source>
        <translation>Книга (.xlsx, .xls, .xlsb, .ods) или файл .csv; заголовки над таблицей и объединённые ячейки шапки допустимы.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Обзор...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Записи:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>(first sheet with data)</source>
        <translation>(первый лист с данными)</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Открыть реестр</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv)</source>
        <translation>Реестры (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Reading the register...</source>
        <translation>Чтение реестра...</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Take back the edit just saved</source>
        <translation>Отменить только что сохранённое изменение</translation>
    </message>
    <message>
        <source>The last edit was undone.</source>
        <translation>Последнее изменение отменено.</translation>
    </message>
    <message>
        <source>no post</source>
        <translation>без поста</translation>
    </message>
    <message>
        <source>{name} · {role} · {post}</source>
        <translation>{name} · {role} · {post}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Last export: {export} · last import: {imported}</source>
        <translation>Экспорт: {export} · импорт: {imported}</translation>
    </message>
    <message>
        <source>Not yet sent: {n}</source>
        <translation>Не отправлено: {n}</translation>
    </message>
    <message>
        <source>sent, not yet confirmed: {n}</source>
        <translation>отправлено, ещё не подтверждено: {n}</translation>
    </message>
    <message>
        <source>Conflicts to review: {n}</source>
        <translation>Конфликты: {n}</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} min behind data already seen; set the clock.</source>
        <translation>Часы этого компьютера отстают на {minutes} мин от уже полученных данных; установите правильное время.</translation>
    </message>
</context>
<context>
    <name>StockTakeScreen</name>
    <message>
        <source>{tag}: found</source>
        <translation>{tag}: на месте</translation>
    </message>
    <message>
        <source>{tag}: belongs to another post</source>
        <translation>{tag}: числится на другом посту</translation>
    </message>
    <message>
        <source>{tag}: not in any register</source>
        <translation>{tag}: нет ни в одном реестре</translation>
    </message>
    <message>
        <source>{tag}: already scanned</source>
        <translation>{tag}: уже отсканирован</translation>
    </message>
    <message>
        <source>Scan or type at least one asset tag first.</source>
        <translation>Сначала отсканируйте или введите хотя бы один инвентарный номер.</translation>
    </message>
    <message>
        <source>{n} checks recorded.</source>
        <translation>Записано проверок: {n}.</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Пост:</translation>
    </message>
    <message>
        <source>Checked &amp;by:</source>
        <translation>&amp;Проверил:</translation>
    </message>
    <message>
        <source>S&amp;can or type an asset tag, then Enter:</source>
        <translation>&amp;Отсканируйте или введите инвентарный номер и нажмите Enter:</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>На месте</translation>
    </message>
    <message>
        <source>Not yet found (missing)</source>
        <translation>Ещё не найдено (отсутствует)</translation>
    </message>
    <message>
        <source>Belongs elsewhere</source>
        <translation>Числится на другом посту</translation>
    </message>
    <message>
        <source>Unknown tags</source>
        <translation>Неизвестные номера</translation>
    </message>
    <message>
        <source>&amp;Record the check</source>
        <translation>&amp;Записать проверку</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Начать &amp;заново</translation>
    </message>
</context>
<context>
    <name>StockTakeSummaryDialog</name>
    <message>
        <source>Record this stock-take?</source>
        <translation>Записать эту инвентаризацию?</translation>
    </message>
    <message>
        <source>{checks} checks will be recorded: {found} found, {missing} missing, {elsewhere} belonging to another post. {unknown} unknown tags are not recorded; register them first.</source>
        <translation>Будет записано проверок: {checks}: найдено {found}, не найдено {missing}, числится за другим постом {elsewhere}. Неизвестные номера ({unknown}) не записываются; сначала внесите их в реестр.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Missing (not scanned)</source>
        <translation>Не найдено (не отсканировано)</translation>
    </message>
    <message>
        <source>Misplaced: belongs to another post</source>
        <translation>Не на своём месте: числится за другим постом</translation>
    </message>
    <message>
        <source>Unknown tags (not recorded)</source>
        <translation>Неизвестные номера (не записываются)</translation>
    </message>
    <message>
        <source>&amp;Record {n} checks</source>
        <translation>&amp;Записать проверки ({n})</translation>
    </message>
    <message>
        <source>&amp;Go back to scanning</source>
        <translation>&amp;Вернуться к сканированию</translation>
    </message>
</context>
<context>
    <name>SyncFolderView</name>
    <message>
        <source>Choose the sync folder</source>
        <translation>Выбор папки обмена</translation>
    </message>
    <message>
        <source>Syncing through {folder}...</source>
        <translation>Обмен через {folder}...</translation>
    </message>
    <message>
        <source>Wrote {file}: {n} changes for {to}</source>
        <translation>Записан {file}: изменений для {to} — {n}</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>Импортирован {file}: {summary}</translation>
    </message>
    <message>
        <source>Refused {file}: {why}</source>
        <translation>Отклонён {file}: {why}</translation>
    </message>
    <message>
        <source>Could not write {file} for {to}: {why}</source>
        <translation>Не удалось записать {file} для {to}: {why}</translation>
    </message>
    <message>
        <source>Last round: wrote {w}, imported {i}, skipped {s}, refused {r}.</source>
        <translation>Последний обмен: записано {w}, импортировано {i}, пропущено {s}, отклонено {r}.</translation>
    </message>
    <message>
        <source>The folder could not be written ({why}): what was there was imported; unlock the stick or free space and sync again.</source>
        <translation>В папку не удалось записать ({why}): то, что в ней было, импортировано; снимите защиту флешки или освободите место и обменяйтесь снова.</translation>
    </message>
    <message>
        <source>No sync folder chosen yet.</source>
        <translation>Папка обмена ещё не выбрана.</translation>
    </message>
    <message>
        <source>{drive} is another drive, not the sync stick{label}; plug in the right stick.</source>
        <translation>{drive} — другой диск, а не флешка обмена{label}; вставьте нужную флешку.</translation>
    </message>
    <message>
        <source>The folder is not there now; plug in the stick or connect the share.</source>
        <translation>Папка сейчас недоступна; вставьте флешку или подключите сетевую папку.</translation>
    </message>
    <message>
        <source>Sync folder ready: {path}</source>
        <translation>Папка обмена готова: {path}</translation>
    </message>
    <message>
        <source>Name a folder once: a USB stick, a network share, or a folder your mail program fills. A round writes a bundle of what is pending for each device this one sends to, and imports every new bundle found there, with all the usual checks.</source>
        <translation>Укажите папку один раз: флешку, сетевую папку или папку, которую заполняет почтовая программа. При каждом обмене для каждого устройства-получателя записывается пакет с неотправленными изменениями, а все новые пакеты из папки импортируются с обычными проверками.</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Выбрать...</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Обменяться сейчас</translation>
    </message>
    <message>
        <source>Sync by itself when the folder appears</source>
        <translation>Обмениваться автоматически, когда папка появится</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>&amp;Export and import</source>
        <translation>&amp;Экспорт и импорт</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({n})</source>
        <translation>&amp;Конфликты ({n})</translation>
    </message>
    <message>
        <source>&amp;Duplicates ({n})</source>
        <translation>&amp;Дубликаты ({n})</translation>
    </message>
    <message>
        <source>&amp;Trusted devices</source>
        <translation>&amp;Доверенные устройства</translation>
    </message>
    <message>
        <source>Import &amp;history</source>
        <translation>&amp;Журнал импорта</translation>
    </message>
    <message>
        <source>Sync &amp;folder</source>
        <translation>&amp;Папка обмена</translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
    <message>
        <source>Choose a session above to enrol people and mark attendance.</source>
        <translation>Выберите занятие выше, чтобы записать слушателей и отметить посещаемость.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{course}&lt;/b&gt; — {start} to {end}, {place} ({status}); {n} enrolled</source>
        <translation>&lt;b&gt;{course}&lt;/b&gt; — с {start} по {end}, {place} ({status}); записано: {n}</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Занятия</translation>
    </message>
    <message>
        <source>C&amp;ourses</source>
        <translation>К&amp;урсы</translation>
    </message>
    <message>
        <source>&amp;Results to record</source>
        <translation>&amp;Результаты не внесены</translation>
    </message>
    <message>
        <source>Enrolment and &amp;results</source>
        <translation>Запись и &amp;результаты</translation>
    </message>
    <message>
        <source>&amp;Attendance (Ctrl+G)</source>
        <translation>&amp;Посещаемость (Ctrl+G)</translation>
    </message>
    <message>
        <source>Search sessions by course, place, trainer</source>
        <translation>Поиск занятий по курсу, месту, преподавателю</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Поиск курсов</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Новое занятие</translation>
    </message>
    <message>
        <source>&amp;Edit session</source>
        <translation>&amp;Изменить занятие</translation>
    </message>
    <message>
        <source>New &amp;course</source>
        <translation>Новый &amp;курс</translation>
    </message>
    <message>
        <source>Edit cou&amp;rse</source>
        <translation>Изменить ку&amp;рс</translation>
    </message>
    <message>
        <source>Keys: P present, L late, E excused, A absent, Delete clears; Ctrl+Space a whole day, Shift+Space a whole person; Ctrl+Z undoes, Ctrl+Y redoes.</source>
        <translation>Клавиши: P (З) присутствовал, L (Д) опоздал, E (У) по уважительной причине, A (Ф) отсутствовал, Delete очищает; Ctrl+Пробел — весь день, Shift+Пробел — весь слушатель; Ctrl+Z отменяет, Ctrl+Y возвращает.</translation>
    </message>
    <message>
        <source>After a &amp;mark go to:</source>
        <translation>После &amp;отметки перейти:</translation>
    </message>
    <message>
        <source>the next person</source>
        <translation>к следующему слушателю</translation>
    </message>
    <message>
        <source>the next day</source>
        <translation>к следующему дню</translation>
    </message>
    <message>
        <source>&amp;Undo mark</source>
        <translation>&amp;Отменить отметку</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Re&amp;do mark</source>
        <translation>&amp;Вернуть отметку</translation>
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
        <translation>Очистить (Del)</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <source>Trust a device</source>
        <translation>Доверие устройству</translation>
    </message>
    <message>
        <source>The card says the following. It is only a claim: you decide what this device is trusted as.</source>
        <translation>Карточка сообщает следующее. Это лишь заявление: вы сами решаете, в качестве кого доверять этому устройству.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Already used by {devices}: both will be shown with their post and the start of their fingerprint.</source>
        <translation>Это имя уже у {devices}: оба устройства будут показаны с постом и началом отпечатка ключа.</translation>
    </message>
    <message>
        <source>Device name:</source>
        <translation>Имя устройства:</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Идентификатор устройства:</translation>
    </message>
    <message>
        <source>Role it claims:</source>
        <translation>Заявленная роль:</translation>
    </message>
    <message>
        <source>Post it claims:</source>
        <translation>Заявленный пост:</translation>
    </message>
    <message>
        <source>Card fingerprint:</source>
        <translation>Отпечаток карточки:</translation>
    </message>
    <message>
        <source>The other device shows the same card fingerprint (compared by phone or in person)</source>
        <translation>Другое устройство показывает тот же отпечаток карточки (сверено по телефону или лично)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>{code} (as the card says; not in this register)</source>
        <translation>{code} (по словам карточки; нет в этом реестре)</translation>
    </message>
    <message>
        <source>Trust it as:</source>
        <translation>Доверять как:</translation>
    </message>
    <message>
        <source>For the post:</source>
        <translation>Для поста:</translation>
    </message>
    <message>
        <source>&amp;Trust this device</source>
        <translation>&amp;Доверять этому устройству</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the other device, then tick the box.</source>
        <translation>Сверьте отпечаток с другим устройством, затем поставьте галочку.</translation>
    </message>
    <message>
        <source>Choose what this device is trusted as.</source>
        <translation>Выберите, в качестве кого доверять этому устройству.</translation>
    </message>
    <message>
        <source>Choose the post this device is trusted for.</source>
        <translation>Выберите пост, для которого доверяется это устройство.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Damaged database</source>
        <translation>Повреждённая база данных</translation>
    </message>
    <message>
        <source>{problem}

Restore the newest good backup, made {when} ({reason})? The damaged file is kept beside it.</source>
        <translation>{problem}

Восстановить последнюю исправную резервную копию, созданную {when} ({reason})? Повреждённый файл будет сохранён рядом.</translation>
    </message>
</context>
<context>
    <name>entity</name>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Ведомства</translation>
    </message>
    <message>
        <source>Crossing point</source>
        <translation>Пункт пропуска</translation>
    </message>
    <message>
        <source>Crossing points</source>
        <translation>Пункты пропуска</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Equipment model</source>
        <translation>Модель оборудования</translation>
    </message>
    <message>
        <source>Equipment models</source>
        <translation>Модели оборудования</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Equipment item</source>
        <translation>Единица имущества</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Имущество</translation>
    </message>
    <message>
        <source>Stock-take check</source>
        <translation>Проверка при инвентаризации</translation>
    </message>
    <message>
        <source>Stock-take checks</source>
        <translation>Проверки при инвентаризации</translation>
    </message>
    <message>
        <source>Hand-over act</source>
        <translation>Акт приёма-передачи</translation>
    </message>
    <message>
        <source>Hand-over acts</source>
        <translation>Акты приёма-передачи</translation>
    </message>
    <message>
        <source>Hand-over act line</source>
        <translation>Строка акта приёма-передачи</translation>
    </message>
    <message>
        <source>Hand-over act lines</source>
        <translation>Строки акта приёма-передачи</translation>
    </message>
    <message>
        <source>Course session</source>
        <translation>Занятие курса</translation>
    </message>
    <message>
        <source>Course sessions</source>
        <translation>Занятия курсов</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Запись на курс</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Записи на курсы</translation>
    </message>
    <message>
        <source>Attendance mark</source>
        <translation>Отметка посещаемости</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Осмотр</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Осмотры</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{count} record(s) changed again since that edit; nothing was undone: open the record and edit it instead.</source>
        <translation>Записей, изменённых ещё раз после этой правки: {count}; ничего не отменено: откройте запись и исправьте её.</translation>
    </message>
    <message>
        <source>Cannot open {path}: {why}; check the bundle file&apos;s name and folder.</source>
        <translation>Не удаётся открыть {path}: {why}; проверьте имя файла пакета и папку.</translation>
    </message>
    <message>
        <source>This workbook is not a BorderTrack bundle (it has none of a bundle&apos;s sheets); bring an Excel register in with &apos;import-register&apos; (Equipment: Import from Excel...), or ask the sender for a bundle exported from BorderTrack.</source>
        <translation>Эта книга не является пакетом BorderTrack (в ней нет ни одного листа пакета); реестр Excel загружается командой &apos;import-register&apos; (Имущество: Импорт из Excel...), или попросите отправителя прислать пакет, выгруженный из BorderTrack.</translation>
    </message>
    <message>
        <source>There is no entity called &apos;{name}&apos;; use one of: {known}.</source>
        <translation>Нет объекта с названием «{name}»; используйте один из: {known}.</translation>
    </message>
    <message>
        <source>&apos;{entity}&apos; has no field &apos;{field}&apos;; use one of: {known}.</source>
        <translation>У «{entity}» нет поля «{field}»; используйте одно из: {known}.</translation>
    </message>
    <message>
        <source>No {entity} with id &apos;{record_id}&apos;; check the id with &apos;list {entity}&apos;.</source>
        <translation>Нет записи «{entity}» с идентификатором «{record_id}»; проверьте идентификатор командой &apos;list {entity}&apos;.</translation>
    </message>
    <message>
        <source>No device is set up in {path}; run &apos;bordertrack --db {arg} init --role ...&apos; first.</source>
        <translation>В {path} не настроено устройство; сначала выполните &apos;bordertrack --db {arg} init --role ...&apos;.</translation>
    </message>
    <message>
        <source>{where} is required; enter a value.</source>
        <translation>{where}: обязательное поле; введите значение.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not {kind}.</source>
        <translation>{where}: «{value}» — не {kind}.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>{where}: must be 0 or 1.</source>
        <translation>{where}: должно быть 0 или 1.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a whole number from 0 to 100</source>
        <translation>целое число от 0 до 100</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>a date like 2026-03-31 or 31.03.2026</source>
        <translation>дата вида 31.03.2026 или 2026-03-31</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>да или нет</translation>
    </message>
    <message>
        <source>{where} is {length} characters long; shorten it to at most {limit}.</source>
        <translation>{where}: длина {length} символов; сократите до {limit}.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not a date like 2026-03-31.</source>
        <translation>{where}: «{value}» — не дата вида 2026-03-31.</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not allowed; use one of: {allowed}.</source>
        <translation>{where}: значение «{value}» не допускается; используйте одно из: {allowed}.</translation>
    </message>
    <message>
        <source>{where}: {value} is below the minimum {minimum}.</source>
        <translation>{where}: {value} меньше минимума {minimum}.</translation>
    </message>
    <message>
        <source>{where}: {value} is above the maximum {maximum}.</source>
        <translation>{where}: {value} больше максимума {maximum}.</translation>
    </message>
    <message>
        <source>{where} {value} is before {start} {start_value}.</source>
        <translation>{where} {value} раньше, чем {start} {start_value}.</translation>
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
        <translation>это не обычный файл</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>it is a pipe, not a file</source>
        <translation>это канал, а не файл</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>это устройство, а не файл</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>это сокет, а не файл</translation>
    </message>
    <message>
        <source>check the name and try again</source>
        <translation>проверьте имя и повторите</translation>
    </message>
    <message>
        <source>ask for a smaller file</source>
        <translation>попросите файл поменьше</translation>
    </message>
    <message>
        <source>the name cannot be used</source>
        <translation>такое имя использовать нельзя</translation>
    </message>
    <message>
        <source>the {what} is larger than {limit:,} bytes</source>
        <translation>{what}: больше {limit:,} байт</translation>
    </message>
    <message>
        <source>there is no {what} at that path</source>
        <translation>по этому пути не найдено: {what}</translation>
    </message>
    <message>
        <source>the {what} cannot be opened ({why})</source>
        <translation>не удаётся открыть: {what} ({why})</translation>
    </message>
    <message>
        <source>the {what} is {size:,} bytes, more than the {limit:,} allowed</source>
        <translation>{what}: {size:,} байт, больше допустимых {limit:,}</translation>
    </message>
    <message>
        <source>the {what} cannot be read ({why})</source>
        <translation>не удаётся прочитать: {what} ({why})</translation>
    </message>
    <message>
        <source>No backup &apos;{backup_id}&apos;; see &apos;backup list&apos;.</source>
        <translation>Нет резервной копии «{backup_id}»; см. &apos;backup list&apos;.</translation>
    </message>
    <message>
        <source>Backup {backup_id} is damaged; choose an older one.</source>
        <translation>Резервная копия {backup_id} повреждена; выберите более раннюю.</translation>
    </message>
    <message>
        <source>{source} is not a sound database; choose another file.</source>
        <translation>{source} — не исправная база данных; выберите другой файл.</translation>
    </message>
    <message>
        <source>{source} holds no BorderTrack device; choose another file.</source>
        <translation>В {source} нет устройства BorderTrack; выберите другой файл.</translation>
    </message>
    <message>
        <source>The backup copy in {folder} failed its check; free some disk space and try again.</source>
        <translation>Резервная копия в {folder} не прошла проверку; освободите место на диске и повторите.</translation>
    </message>
    <message>
        <source>Could not write a backup to {folder} ({exc}); free some disk space and try again.</source>
        <translation>Не удалось записать резервную копию в {folder} ({exc}); освободите место на диске и повторите.</translation>
    </message>
    <message>
        <source>Backup {backup} cannot be restored: {why}; if you really mean to use it, &apos;backup adopt {backup}&apos; shows what this database would become.</source>
        <translation>Резервную копию {backup} нельзя восстановить: {why}; если вы действительно хотите её использовать, &apos;backup adopt {backup}&apos; покажет, чем станет эта база.</translation>
    </message>
    <message>
        <source>backup key</source>
        <translation>ключ резервной копии</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>резервная копия</translation>
    </message>
    <message>
        <source>database file</source>
        <translation>файл базы данных</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>печать резервной копии</translation>
    </message>
    <message>
        <source>No open conflict {conflict_id}; see &apos;conflicts list&apos;.</source>
        <translation>Нет открытого конфликта {conflict_id}; см. &apos;conflicts list&apos;.</translation>
    </message>
    <message>
        <source>{path} already holds records; make the demo in a new --db file.</source>
        <translation>В {path} уже есть записи; создайте демо в новом файле --db.</translation>
    </message>
    <message>
        <source>{path} is already set up as a device, and the demo&apos;s records would be exported as its own work; make the demo in a new --db file.</source>
        <translation>{path} уже настроен как устройство, и записи демо были бы выгружены как его собственная работа; создайте демо в новом файле --db.</translation>
    </message>
    <message>
        <source>{path} already holds a device; choose another --db file to make a new one.</source>
        <translation>В {path} уже есть устройство; выберите другой файл --db, чтобы создать новое.</translation>
    </message>
    <message>
        <source>No record with id {record_id}; see &apos;duplicates list&apos;.</source>
        <translation>Нет записи с идентификатором {record_id}; см. &apos;duplicates list&apos;.</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Выберите две разные записи для объединения.</translation>
    </message>
    <message>
        <source>No trusted device {device_id}; enrol its card with &apos;keys trust&apos; or export with --full.</source>
        <translation>Нет доверенного устройства {device_id}; добавьте его карточку командой &apos;keys trust&apos; или выгрузите с --full.</translation>
    </message>
    <message>
        <source>A hand-over act needs at least one item; select the items first.</source>
        <translation>Для акта приёма-передачи нужен хотя бы один предмет; сначала выберите предметы.</translation>
    </message>
    <message>
        <source>This bundle was exported by this device; import it on another device.</source>
        <translation>Этот пакет выгружен этим же устройством; импортируйте его на другом устройстве.</translation>
    </message>
    <message>
        <source>The bundle is signed by {who}, which this device does not trust; enrol its device card with &apos;keys trust&apos; first.</source>
        <translation>Пакет подписан устройством {who}, которому это устройство не доверяет; сначала добавьте его карточку командой &apos;keys trust&apos;.</translation>
    </message>
    <message>
        <source>The bundle is signed by {who}, whose key was revoked; ask that device for a new card.</source>
        <translation>Пакет подписан устройством {who}, ключ которого отозван; попросите у этого устройства новую карточку.</translation>
    </message>
    <message>
        <source>The bundle claims to come from {sender_id} but is signed with another key ({fp}); compare fingerprints before trusting it.</source>
        <translation>Пакет якобы пришёл от {sender_id}, но подписан другим ключом ({fp}); сверьте отпечатки, прежде чем доверять ему.</translation>
    </message>
    <message>
        <source>Bundle {bundle_seq} from {sender_name} does not follow the bundles already received from that device: its database was probably copied onto two machines. Not imported; ask the coordinator to re-enrol one of the two laptops as a new device.</source>
        <translation>Пакет {bundle_seq} от {sender_name} не продолжает ранее полученные от этого устройства пакеты: вероятно, его база была скопирована на два компьютера. Не импортирован; попросите координатора заново зарегистрировать один из двух ноутбуков как новое устройство.</translation>
    </message>
    <message>
        <source>This bundle is addressed to device {recipient}, not to this one; import it there, or import it here on its own and confirm.</source>
        <translation>Этот пакет адресован устройству {recipient}, а не этому; импортируйте его там или импортируйте здесь отдельно и подтвердите.</translation>
    </message>
    <message>
        <source>Change {origin}:{seq} arrived with a content different from the one already held: a database was copied onto two machines. Nothing was imported; tell the coordinator.</source>
        <translation>Изменение {origin}:{seq} пришло с содержимым, отличным от уже имеющегося: база была скопирована на два компьютера. Ничего не импортировано; сообщите координатору.</translation>
    </message>
    <message>
        <source>Change {origin}:{seq} carries a clock stamp more than a year ahead; that device&apos;s date is wrong: fix it and export again.</source>
        <translation>Изменение {origin}:{seq} имеет отметку времени более чем на год вперёд; дата на том устройстве неверна: исправьте её и выгрузите снова.</translation>
    </message>
    <message>
        <source>Change {origin}:{seq}: {message}; not imported.</source>
        <translation>Изменение {origin}:{seq}: {message}; не импортировано.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this device&apos;s key; type it again.</source>
        <translation>Эта парольная фраза не открывает ключ устройства; введите её снова.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters; choose a longer one.</source>
        <translation>Парольная фраза должна быть не короче {n} символов; выберите более длинную.</translation>
    </message>
    <message>
        <source>This device&apos;s key has no passphrase; nothing to remove.</source>
        <translation>У ключа этого устройства нет парольной фразы; снимать нечего.</translation>
    </message>
    <message>
        <source>This card&apos;s key change cannot be accepted ({why}); confirm the new key with the device&apos;s owner, revoke the old one with &apos;keys revoke&apos;, then trust the card.</source>
        <translation>Смену ключа в этой карточке принять нельзя ({why}); подтвердите новый ключ у владельца устройства, отзовите старый командой &apos;keys revoke&apos;, затем доверьтесь карточке.</translation>
    </message>
    <message>
        <source>This device&apos;s key is protected by a passphrase; unlock it first (--passphrase or the GUI prompt).</source>
        <translation>Ключ этого устройства защищён парольной фразой; сначала разблокируйте его (--passphrase или запрос в окне программы).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not on this device&apos;s operator list; choose one of: {names}.</source>
        <translation>«{name}» нет в списке операторов этого устройства; выберите одного из: {names}.</translation>
    </message>
    <message>
        <source>An operator needs a name; type the person&apos;s name.</source>
        <translation>Оператору нужно имя; введите имя человека.</translation>
    </message>
    <message>
        <source>An operator&apos;s name has at most {limit} characters; shorten it.</source>
        <translation>Имя оператора — не более {limit} символов; сократите его.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is already in the operator list.</source>
        <translation>«{text}» уже есть в списке операторов.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in the operator list; see &apos;operators list&apos;.</source>
        <translation>«{name}» нет в списке операторов; см. &apos;operators list&apos;.</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <source>{where} &apos;{value}&apos; is already used by {entity} {other}; check the number or edit that record.</source>
        <translation>{where} «{value}» уже используется ({entity} {other}); проверьте номер или измените ту запись.</translation>
    </message>
    <message>
        <source>The register import was cancelled; nothing was changed.</source>
        <translation>Импорт реестра отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>No column of sheet &apos;{name}&apos; looks like a field of {entity}; map them with --map &apos;Header=field&apos;.</source>
        <translation>Ни один столбец листа «{name}» не похож на поле ({entity}); сопоставьте их через --map &apos;Заголовок=поле&apos;.</translation>
    </message>
    <message>
        <source>--default {name}: {exc}</source>
        <translation>--default {name}: {exc}</translation>
    </message>
    <message>
        <source>--default {name}={raw}: &apos;{raw}&apos; is not a {label}; nearest: {near}.</source>
        <translation>--default {name}={raw}: «{raw}» — не значение поля «{label}»; ближайшие: {near}.</translation>
    </message>
    <message>
        <source>--default {name}={raw}: no {label} &apos;{raw}&apos; on this device; nearest: {choices}.</source>
        <translation>--default {name}={raw}: на этом устройстве нет значения «{raw}» для поля «{label}»; ближайшие: {choices}.</translation>
    </message>
    <message>
        <source>Registers can bring in equipment or people, not &apos;{name}&apos;; use one of them.</source>
        <translation>Из реестров можно загружать имущество или людей, но не «{name}»; используйте одно из них.</translation>
    </message>
    <message>
        <source>The sheet has no column &apos;{column}&apos;; name it by its header, letter or number (headers: {value}).</source>
        <translation>На листе нет столбца «{column}»; укажите его по заголовку, букве или номеру (заголовки: {value}).</translation>
    </message>
    <message>
        <source>{plural} have no notes to keep column &apos;{column}&apos; in; map it to a field or leave it out with &apos;{column}={drop}&apos;.</source>
        <translation>У объектов «{plural}» нет примечаний, где сохранить столбец «{column}»; сопоставьте его с полем или исключите через &apos;{column}={drop}&apos;.</translation>
    </message>
    <message>
        <source>{name} is not a workbook (.xlsx, .xls, .xlsb, .ods) or a .csv file; open it in Excel or LibreOffice and save it as .xlsx.</source>
        <translation>{name} — не книга (.xlsx, .xls, .xlsb, .ods) и не файл .csv; откройте его в Excel или LibreOffice и сохраните как .xlsx.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a workbook (damaged, or too large unpacked); open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>{name} не читается как книга (повреждён или слишком велик в распакованном виде); откройте его в Excel или LibreOffice и сохраните заново как .xlsx.</translation>
    </message>
    <message>
        <source>register</source>
        <translation>реестр</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes); choose the saved register.</source>
        <translation>{name} пуст (0 байт); выберите сохранённый реестр.</translation>
    </message>
    <message>
        <source>{name} is not text a spreadsheet wrote; save it again as .xlsx or CSV UTF-8.</source>
        <translation>{name} — не текст, записанный электронной таблицей; сохраните его заново как .xlsx или CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} has no worksheet; it holds only charts or macros.</source>
        <translation>В {name} нет листа с данными; в нём только диаграммы или макросы.</translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{wanted}&apos;; use one of: {names}.</source>
        <translation>В {name} нет листа «{wanted}»; используйте один из: {names}.</translation>
    </message>
    <message>
        <source>{name} has a field longer than a register cell can be (128 KB) or a broken quote; open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>В {name} есть поле длиннее, чем может быть ячейка реестра (128 КБ), или нарушены кавычки; откройте его в Excel или LibreOffice и сохраните заново как .xlsx.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a register ({exc}); open it in Excel or LibreOffice and save it again as .xlsx, splitting it if it is large.</source>
        <translation>{name} не читается как реестр ({exc}); откройте его в Excel или LibreOffice и сохраните заново как .xlsx, разделив, если он большой.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; open it, remove the password and save it again.</source>
        <translation>{name} защищён паролем; откройте его, снимите пароль и сохраните заново.</translation>
    </message>
    <message>
        <source>Sheet &apos;{name}&apos; has more than {limit} rows; split it into smaller files.</source>
        <translation>На листе «{name}» больше {limit} строк; разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>{name} is larger than 50 MB; split the register into smaller files.</source>
        <translation>{name} больше 50 МБ; разделите реестр на файлы поменьше.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows; split it into smaller files.</source>
        <translation>В {name} больше {limit} строк; разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>No course session &apos;{session_id}&apos;; take the id from the Training screen or &apos;list training_session&apos;.</source>
        <translation>Нет учебной сессии «{session_id}»; возьмите идентификатор на экране «Обучение» или из &apos;list training_session&apos;.</translation>
    </message>
    <message>
        <source>The check code &apos;{code}&apos; does not belong to certificate &apos;{number}&apos;: the certificate may have been altered; compare it with the register.</source>
        <translation>Контрольный код «{code}» не относится к сертификату «{number}»: сертификат мог быть изменён; сверьте его с реестром.</translation>
    </message>
    <message>
        <source>No enrolment &apos;{enrolment_id}&apos;; take the id from the session&apos;s list of trainees.</source>
        <translation>Нет зачисления «{enrolment_id}»; возьмите идентификатор из списка слушателей сессии.</translation>
    </message>
    <message>
        <source>{holder} has not passed this course (result: {result}); record the result first.</source>
        <translation>{holder} не сдал(а) этот курс (результат: {result}); сначала внесите результат.</translation>
    </message>
    <message>
        <source>{holder} has no certificate number; enter one on the enrolment first.</source>
        <translation>У {holder} нет номера сертификата; сначала введите его в зачислении.</translation>
    </message>
    <message>
        <source>No certificate number &apos;{number}&apos; in this register; check the number or ask the coordinator whose register holds it.</source>
        <translation>В этом реестре нет сертификата с номером «{number}»; проверьте номер или спросите координатора, в чьём реестре он есть.</translation>
    </message>
    <message>
        <source>Name the two people who sign certificates first (Reports &gt; Certificates, or --signer &apos;Name|Job title&apos; twice).</source>
        <translation>Сначала укажите двух человек, подписывающих сертификаты (Отчёты &gt; Сертификаты или дважды --signer &apos;Имя|Должность&apos;).</translation>
    </message>
    <message>
        <source>No certificate has been issued yet; print certificates first.</source>
        <translation>Ни один сертификат ещё не выдан; сначала напечатайте сертификаты.</translation>
    </message>
    <message>
        <source>The period starts ({a}) after it ends ({b}); swap the dates.</source>
        <translation>Период начинается ({a}) после своего окончания ({b}); поменяйте даты местами.</translation>
    </message>
    <message>
        <source>There is no project &apos;{project}&apos;; check the code with &apos;list project&apos;.</source>
        <translation>Нет проекта «{project}»; проверьте код командой &apos;list project&apos;.</translation>
    </message>
    <message>
        <source>The rate for {bad} must be a number above 0, e.g. USD=0.92.</source>
        <translation>Курс для {bad} должен быть числом больше 0, например USD=0.92.</translation>
    </message>
    <message>
        <source>No rate for {missing} to {to}; enter one for each, e.g. {first}=0.92.</source>
        <translation>Нет курса для {missing} к {to}; введите курс для каждой валюты, например {first}=0.92.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write it like 2026-01-31 or 31.01.2026.</source>
        <translation>«{value}» — не дата; пишите как 31.01.2026 или 2026-01-31.</translation>
    </message>
    <message>
        <source>Rates were given without a currency to convert to; add --convert-to.</source>
        <translation>Курсы указаны без валюты пересчёта; добавьте --convert-to.</translation>
    </message>
    <message>
        <source>&apos;{pair}&apos; is not a rate; write it like USD=0.92.</source>
        <translation>«{pair}» — не курс; пишите как USD=0.92.</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Отчёт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}); close it if it is open elsewhere or choose another folder.</source>
        <translation>Не удаётся записать {path} ({reason}); закройте файл, если он открыт в другой программе, или выберите другую папку.</translation>
    </message>
    <message>
        <source>No hand-over act &apos;{act_id}&apos;; give the act&apos;s id or number (see &apos;list handover_act&apos;).</source>
        <translation>Нет акта приёма-передачи «{act_id}»; укажите идентификатор или номер акта (см. &apos;list handover_act&apos;).</translation>
    </message>
    <message>
        <source>No items match; choose other items or another filter.</source>
        <translation>Нет подходящих предметов; выберите другие предметы или другой фильтр.</translation>
    </message>
    <message>
        <source>The font {regular} is missing; reinstall BorderTrack to print documents.</source>
        <translation>Шрифт {regular} отсутствует; переустановите BorderTrack, чтобы печатать документы.</translation>
    </message>
    <message>
        <source>This computer&apos;s date is still wrong (before 2020); set the date and time first.</source>
        <translation>Дата на этом компьютере всё ещё неверна (раньше 2020 года); сначала установите дату и время.</translation>
    </message>
    <message>
        <source>A coordinator already holds this device&apos;s changes with the wrong date; it must accept this device&apos;s bundles with --accept-future-stamps.</source>
        <translation>Координатор уже получил изменения этого устройства с неверной датой; он должен принимать пакеты этого устройства с --accept-future-stamps.</translation>
    </message>
    <message>
        <source>Changes received here carry dates after this computer&apos;s date; set the date and time, or ask the coordinator to accept with --accept-future-stamps.</source>
        <translation>Полученные здесь изменения датированы позже даты этого компьютера; установите дату и время или попросите координатора принять их с --accept-future-stamps.</translation>
    </message>
    <message>
        <source>change this device&apos;s key</source>
        <translation>сменить ключ этого устройства</translation>
    </message>
    <message>
        <source>change which devices are trusted</source>
        <translation>изменить список доверенных устройств</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>восстановить резервную копию</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>изменить настройки</translation>
    </message>
    <message>
        <source>A PIN guards this device: to {action}, give it with --pin.</source>
        <translation>Это устройство защищено PIN-кодом: чтобы {action}, укажите его через --pin.</translation>
    </message>
    <message>
        <source>That PIN is not this device&apos;s PIN; type it again.</source>
        <translation>Это не PIN-код этого устройства; введите его снова.</translation>
    </message>
    <message>
        <source>A PIN needs at least {n} characters; choose a longer one.</source>
        <translation>PIN-код должен быть не короче {n} символов; выберите более длинный.</translation>
    </message>
    <message>
        <source>Self-check failed at &apos;{step}&apos;: {detail}. Reinstall BorderTrack; if it fails again, send this line to the coordinator.</source>
        <translation>Самопроверка не пройдена на шаге «{step}»: {detail}. Переустановите BorderTrack; если ошибка повторится, отправьте эту строку координатору.</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} claims changes made on {hlc}, more than a day after this computer&apos;s date ({today}): set the date on that device and run &apos;bordertrack restamp&apos; there, then export again (or, if you trust them, import with --accept-future-stamps).</source>
        <translation>Пакет {seq} от {sender} содержит изменения от {hlc} — более чем на день позже даты этого компьютера ({today}): установите дату на том устройстве и выполните там &apos;bordertrack restamp&apos;, затем выгрузите снова (или, если вы им доверяете, импортируйте с --accept-future-stamps).</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} carries change {cid} stamped {hlc}, before any BorderTrack data existed: that device&apos;s date is wrong or the bundle was altered. Set its date, run &apos;bordertrack restamp&apos; there and export again.</source>
        <translation>Пакет {seq} от {sender} содержит изменение {cid} с отметкой {hlc} — раньше, чем появились какие-либо данные BorderTrack: дата на том устройстве неверна или пакет изменён. Установите там дату, выполните &apos;bordertrack restamp&apos; и выгрузите снова.</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} was refused as tampered: change {cid} made by {maker} is stamped {hlc}, earlier than {seen}. Nothing was imported; tell the coordinator.</source>
        <translation>Пакет {seq} от {sender} отклонён как подделанный: изменение {cid}, сделанное {maker}, отмечено {hlc}, раньше чем {seen}. Ничего не импортировано; сообщите координатору.</translation>
    </message>
    <message>
        <source>No asset tags were scanned; scan or type at least one tag first.</source>
        <translation>Ни один инвентарный номер не отсканирован; отсканируйте или введите хотя бы один номер.</translation>
    </message>
    <message>
        <source>The sync folder {folder} is not there; plug in the stick or choose another folder.</source>
        <translation>Папки синхронизации {folder} нет; вставьте флешку или выберите другую папку.</translation>
    </message>
    <message>
        <source>{name} is already enrolled in this session; edit that enrolment instead.</source>
        <translation>{name} уже зачислен(а) на эту сессию; измените существующее зачисление.</translation>
    </message>
    <message>
        <source>No person with service number &apos;{service_number}&apos; yet; enter the full name and sex to add them.</source>
        <translation>Человека с личным номером «{service_number}» пока нет; введите полное имя и пол, чтобы добавить его.</translation>
    </message>
    <message>
        <source>The session&apos;s dates ({start} to {end}) do not make a period of 1 to {max_days} days; correct the start and end dates.</source>
        <translation>Даты сессии ({start} – {end}) не образуют период от 1 до {max_days} дней; исправьте даты начала и окончания.</translation>
    </message>
    <message>
        <source>{path} is not a usable device card ({why}); ask for a new card with &apos;keys export-card&apos;.</source>
        <translation>{path} — непригодная карточка устройства ({why}); попросите новую карточку (&apos;keys export-card&apos;).</translation>
    </message>
    <message>
        <source>No device {device_id} in the trust store; see &apos;keys list&apos;.</source>
        <translation>Устройства {device_id} нет в списке доверенных; см. &apos;keys list&apos;.</translation>
    </message>
    <message>
        <source>Device {device_id} is already trusted with a different key; revoke it first if its key was really replaced.</source>
        <translation>Устройство {device_id} уже доверено с другим ключом; если его ключ действительно заменён, сначала отзовите его.</translation>
    </message>
    <message>
        <source>The key on this card was revoked for device {device_id}; ask that device to rotate its key (&apos;keys rotate&apos;) and send the new card.</source>
        <translation>Ключ в этой карточке отозван для устройства {device_id}; попросите это устройство сменить ключ (&apos;keys rotate&apos;) и прислать новую карточку.</translation>
    </message>
    <message>
        <source>Role &apos;{role}&apos; is not one of: {choices}.</source>
        <translation>Роль «{role}» не из списка: {choices}.</translation>
    </message>
    <message>
        <source>A post device must be trusted for a post; add --post CODE.</source>
        <translation>Устройству поста нужно доверять для конкретного поста; добавьте --post КОД.</translation>
    </message>
    <message>
        <source>That card is this device&apos;s own; trust the other device&apos;s card.</source>
        <translation>Это карточка самого этого устройства; доверьтесь карточке другого устройства.</translation>
    </message>
    <message>
        <source>card</source>
        <translation>карточка устройства</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Выгрузка отменена; файл не записан.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); choose another folder or file name.</source>
        <translation>Не удалось записать {path} ({reason}); выберите другую папку или другое имя файла.</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({detail}); nothing was changed: restore the newest good backup (&apos;backup list&apos;, then &apos;backup restore ID&apos;).</source>
        <translation>{path} не прошёл проверку целостности ({detail}); ничего не изменено: восстановите последнюю исправную резервную копию (&apos;backup list&apos;, затем &apos;backup restore ID&apos;).</translation>
    </message>
    <message>
        <source>{path} is not a usable BorderTrack database ({detail}); it failed its integrity check: restore a backup or choose another file.</source>
        <translation>{path} — непригодная база данных BorderTrack ({detail}); она не прошла проверку целостности: восстановите резервную копию или выберите другой файл.</translation>
    </message>
    <message>
        <source>{path} cannot be prepared ({exc}); close other programs using it and try again.</source>
        <translation>{path} не удаётся подготовить ({exc}); закройте другие программы, которые его используют, и повторите.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved to {path}; free space and try again.</source>
        <translation>Диск заполнен: в {path} ничего не сохранено; освободите место и повторите.</translation>
    </message>
    <message>
        <source>{name} is already open in another BorderTrack window; switch to that window or close it first.</source>
        <translation>{name} уже открыт в другом окне BorderTrack; перейдите в то окно или сначала закройте его.</translation>
    </message>
    <message>
        <source>{name} is open in a BorderTrack window (or another command is using it); nothing was changed: close that window or make the change there, then try again.</source>
        <translation>{name} открыт в окне BorderTrack (или его использует другая команда); ничего не изменено: закройте то окно или внесите изменение там, затем повторите.</translation>
    </message>
    <message>
        <source>This database was written by a newer BorderTrack (schema {current}); install the newer version to open it.</source>
        <translation>Эта база записана более новой версией BorderTrack (схема {current}); установите новую версию, чтобы открыть её.</translation>
    </message>
    <message>
        <source>This {entity} belongs to post &apos;{post}&apos;, not to this post &apos;{my_post}&apos;; only that post or a coordinator can change it.</source>
        <translation>Эта запись ({entity}) принадлежит посту «{post}», а не этому посту «{my_post}»; изменить её может только тот пост или координатор.</translation>
    </message>
    <message>
        <source>{entities} are reference data kept by the coordinator; ask the coordinator to change them.</source>
        <translation>{entities} — справочные данные, которые ведёт координатор; попросите координатора изменить их.</translation>
    </message>
    <message>
        <source>A trainer&apos;s device records training and people, not {entities}.</source>
        <translation>Устройство тренера записывает обучение и людей, а не: {entities}.</translation>
    </message>
    <message>
        <source>{entities} are kept by trainers; record them on a trainer&apos;s device.</source>
        <translation>{entities} ведут тренеры; записывайте их на устройстве тренера.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>This file is not a readable BorderTrack bundle ({reason}); ask the sender to export it again.</source>
        <translation>Этот файл — не читаемый пакет BorderTrack ({reason}); попросите отправителя выгрузить его снова.</translation>
    </message>
    <message>
        <source>This bundle is too large to open safely: {what} is {found:,.0f}, the limit is {limit:,.0f}; ask the sender to export smaller bundles (incremental, or per post).</source>
        <translation>Этот пакет слишком велик, чтобы открыть его безопасно: {what} — {found:,.0f}, предел — {limit:,.0f}; попросите отправителя выгружать пакеты поменьше (изменения или по постам).</translation>
    </message>
    <message>
        <source>This bundle contains {what} in {where}, which a BorderTrack bundle never has; do not open it in Excel and ask the sender for a fresh export.</source>
        <translation>В этом пакете есть {what} в {where}, чего в пакете BorderTrack никогда не бывает; не открывайте его в Excel и попросите отправителя выгрузить заново.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer BorderTrack (format {version}, this one reads up to {supported}); update BorderTrack to import it.</source>
        <translation>Этот пакет создан более новой версией BorderTrack (формат {version}, эта версия читает до {supported}); обновите BorderTrack, чтобы импортировать его.</translation>
    </message>
    <message>
        <source>This bundle was changed after it was signed ({where}); do not import it, ask the sender for a fresh copy.</source>
        <translation>Этот пакет изменён после подписания ({where}); не импортируйте его, попросите у отправителя свежую копию.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}: {problem}; the bundle was not imported, ask the sender to check that record and export again.</source>
        <translation>Лист «{sheet}», строка {row}: {problem}; пакет не импортирован, попросите отправителя проверить эту запись и выгрузить снова.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>it is not an Excel .xlsx workbook</source>
        <translation>это не книга Excel .xlsx</translation>
    </message>
    <message>
        <source>the workbook holds two parts with one name</source>
        <translation>в книге две части с одним именем</translation>
    </message>
    <message>
        <source>a part of the workbook is encrypted</source>
        <translation>часть книги зашифрована</translation>
    </message>
    <message>
        <source>the workbook is damaged or truncated</source>
        <translation>книга повреждена или обрезана</translation>
    </message>
    <message>
        <source>the workbook cannot be read</source>
        <translation>книгу не удаётся прочитать</translation>
    </message>
    <message>
        <source>This bundle would be too large for any device to import (its sheet &apos;{sheet}&apos; is past the limits every reader checks); nothing was written. Tell the coordinator: this version cannot split a bundle yet.</source>
        <translation>Этот пакет был бы слишком велик, чтобы его импортировало хоть одно устройство (его лист «{sheet}» выходит за пределы, которые проверяет каждое устройство при чтении); ничего не записано. Сообщите координатору: эта версия пока не умеет делить пакет на части.</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>Выгрузка отменена; пакет не записан.</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <source>Name (Kyrgyz)</source>
        <translation>Название (кырг.)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Border with</source>
        <translation>Граница с</translation>
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
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Attendance to pass (%)</source>
        <translation>Посещаемость для зачёта (%)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Заводской номер</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Hand-over act</source>
        <translation>Акт приёма-передачи</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Дата статуса</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Проверил</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>From organisation</source>
        <translation>От организации</translation>
    </message>
    <message>
        <source>From agency</source>
        <translation>От ведомства</translation>
    </message>
    <message>
        <source>From post</source>
        <translation>С поста</translation>
    </message>
    <message>
        <source>From person</source>
        <translation>От сотрудника</translation>
    </message>
    <message>
        <source>To agency</source>
        <translation>Ведомству</translation>
    </message>
    <message>
        <source>To post</source>
        <translation>На пост</translation>
    </message>
    <message>
        <source>To person</source>
        <translation>Сотруднику</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Место подписания</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Сдал</translation>
    </message>
    <message>
        <source>Job title (handing over)</source>
        <translation>Должность (сдающий)</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <source>Job title (receiving)</source>
        <translation>Должность (принимающий)</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Host post</source>
        <translation>Пост проведения</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Преподаватели</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
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
        <translation>Сертификат выдан</translation>
    </message>
    <message>
        <source>Name on certificate</source>
        <translation>ФИО в сертификате</translation>
    </message>
    <message>
        <source>Certificate check code</source>
        <translation>Код проверки сертификата</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Запись на курс</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Подрядчик</translation>
    </message>
    <message>
        <source>Complete (%)</source>
        <translation>Готовность (%)</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Фактическое начало</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Фактическое окончание</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>Сумма договора</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>Дата осмотра</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <source>Status found</source>
        <translation>Обнаруженное состояние</translation>
    </message>
</context>
<context>
    <name>gaps</name>
    <message>
        <source>{count} changes made by the coordinator have not arrived yet; ask the coordinator for a new bundle.</source>
        <translation>Ещё не пришли изменения координатора: {count}; попросите координатора прислать новый пакет.</translation>
    </message>
    <message>
        <source>{count} changes made on {device} have not arrived yet; the next bundle from the coordinator should bring them.</source>
        <translation>Ещё не пришли изменения с устройства {device}: {count}; их должен привезти следующий пакет от координатора.</translation>
    </message>
    <message>
        <source>Bundle {n} from the coordinator has not arrived.</source>
        <translation>Пакет {n} от координатора не пришёл.</translation>
    </message>
    <message>
        <source>{count} bundles from the coordinator have not arrived yet.</source>
        <translation>Ещё не пришли пакеты от координатора: {count}.</translation>
    </message>
    <message>
        <source>Bundle {n} from {sender} has not arrived.</source>
        <translation>Пакет {n} от {sender} не пришёл.</translation>
    </message>
    <message>
        <source>{count} bundles from {sender} have not arrived yet.</source>
        <translation>Ещё не пришли пакеты от {sender}: {count}.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Would apply bundle {seq} from {sender}: {new} new, {updated} updated, {unchanged} unchanged, {deleted} deleted; {conflicts} conflicts, {duplicates} duplicates, {out_of_scope} out of scope.</source>
        <translation>Будет применён пакет {seq} от {sender}: новых {new}, изменённых {updated}, без изменений {unchanged}, удалённых {deleted}; конфликтов {conflicts}, дубликатов {duplicates}, вне полномочий {out_of_scope}.</translation>
    </message>
    <message>
        <source>Applied bundle {seq} from {sender}: {new} new, {updated} updated, {unchanged} unchanged, {deleted} deleted; {conflicts} conflicts, {duplicates} duplicates, {out_of_scope} out of scope.</source>
        <translation>Применён пакет {seq} от {sender}: новых {new}, изменённых {updated}, без изменений {unchanged}, удалённых {deleted}; конфликтов {conflicts}, дубликатов {duplicates}, вне полномочий {out_of_scope}.</translation>
    </message>
    <message>
        <source>This bundle brought everything they held: nothing is missing.</source>
        <translation>Этот пакет привёз всё, что было в пропущенных: ничего не потеряно.</translation>
    </message>
    <message>
        <source>This bundle was already imported on {date}; nothing changed.</source>
        <translation>Этот пакет уже импортирован {date}; ничего не изменилось.</translation>
    </message>
    <message>
        <source>{n} changes carry a clock stamp far in the future: check that device&apos;s date.</source>
        <translation>Изменений с отметкой времени далеко в будущем: {n}; проверьте дату на том устройстве.</translation>
    </message>
    <message>
        <source>Ask {sender} to export again.</source>
        <translation>Попросите {sender} экспортировать ещё раз.</translation>
    </message>
    <message>
        <source>Change numbers not yet received: {ranges}.</source>
        <translation>Ещё не получены номера изменений: {ranges}.</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>relayed by a device that may only send its own changes</source>
        <translation>переслано устройством, которое может отправлять только свои изменения</translation>
    </message>
    <message>
        <source>outside the scope of the device that made it</source>
        <translation>вне полномочий устройства, которое его сделало</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>{label} is required; enter a value.</source>
        <translation>{label}: обязательное поле; введите значение.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date; write it like {example}.</source>
        <translation>{label}: «{value}» — не дата; пишите так: {example}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{label}: «{value}» — не целое число.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a number.</source>
        <translation>{label}: «{value}» — не число.</translation>
    </message>
    <message>
        <source>{label} is too long; shorten it to at most {n} characters.</source>
        <translation>{label}: слишком длинно; сократите до {n} знаков.</translation>
    </message>
    <message>
        <source>{label}: {value} is below the minimum {minimum}.</source>
        <translation>{label}: {value} меньше минимума {minimum}.</translation>
    </message>
    <message>
        <source>{label}: {value} is above the maximum {maximum}.</source>
        <translation>{label}: {value} больше максимума {maximum}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not one of the choices; pick one from the list.</source>
        <translation>{label}: «{value}» нет среди вариантов; выберите из списка.</translation>
    </message>
    <message>
        <source>{label} is before the start date; check both dates.</source>
        <translation>{label}: раньше даты начала; проверьте обе даты.</translation>
    </message>
    <message>
        <source>{label} {value} is already used by {other}; open that record instead.</source>
        <translation>{label} {value} уже занят: {other}; откройте ту запись.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>refs</name>
    <message>
        <source>not yet known: {code}</source>
        <translation>ещё не получено: {code}</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>All projects</source>
        <translation>Все проекты</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Период: с {start} по {end}</translation>
    </message>
    <message>
        <source>Prepared {date} by {device}</source>
        <translation>Подготовлено {date}, {device}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Donor report</source>
        <translation>Отчёт для донора</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Projects and donors</source>
        <translation>Проекты и доноры</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Equipment received</source>
        <translation>Полученное оборудование</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <source>Stock-take and losses</source>
        <translation>Инвентаризация и потери</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Работы</translation>
    </message>
    <message>
        <source>Infrastructure works</source>
        <translation>Строительные работы</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Методика</translation>
    </message>
    <message>
        <source>How each figure is counted</source>
        <translation>Как считается каждый показатель</translation>
    </message>
    <message>
        <source>Project: {project}</source>
        <translation>Проект: {project}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>Как считается</translation>
    </message>
    <message>
        <source>Items with no received date (not counted in any figure)</source>
        <translation>Единицы без даты получения (не учтены ни в одном показателе)</translation>
    </message>
    <message>
        <source>Flow and stock</source>
        <translation>Движение и остаток</translation>
    </message>
    <message>
        <source>A flow figure counts what happened between the period&apos;s first and last day, both included. A stock figure is the state on the period&apos;s last day; later changes are not counted.</source>
        <translation>Показатель движения считает то, что произошло с первого по последний день периода включительно. Показатель остатка — это состояние на последний день периода; более поздние изменения не учитываются.</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <source>Every value is in the currency of the item&apos;s or the work&apos;s project. Values in different currencies are never added; each total is one row per currency. A converted total appears only when rates were entered for the report, and each rate is shown beside it.</source>
        <translation>Каждая сумма указана в валюте проекта, к которому относится единица или работа. Суммы в разных валютах никогда не складываются; каждый итог — отдельная строка на валюту. Пересчитанный итог появляется только если для отчёта введены курсы, и каждый курс показан рядом.</translation>
    </message>
    <message>
        <source>Items received</source>
        <translation>Получено единиц</translation>
    </message>
    <message>
        <source>Items whose received date falls in the period, with their recorded value. Items with no recorded value count as items but add nothing to the value.</source>
        <translation>Единицы, дата получения которых входит в период, с их указанной стоимостью. Единицы без стоимости учитываются в количестве, но не в сумме.</translation>
    </message>
    <message>
        <source>Items handed over on acts</source>
        <translation>Передано единиц по актам</translation>
    </message>
    <message>
        <source>Lines of hand-over acts dated in the period; an item handed over twice counts twice.</source>
        <translation>Строки актов приёма-передачи, датированных в периоде; единица, переданная дважды, считается дважды.</translation>
    </message>
    <message>
        <source>Items lost or stolen</source>
        <translation>Утеряно или похищено единиц</translation>
    </message>
    <message>
        <source>Items whose status is lost or stolen and whose status date falls in the period. Without a status date, the day the status was recorded in the register is used.</source>
        <translation>Единицы со статусом «утеряно» или «похищено», дата статуса которых входит в период. Если дата статуса не указана, берётся день, когда статус был внесён в реестр.</translation>
    </message>
    <message>
        <source>Items written off</source>
        <translation>Списано единиц</translation>
    </message>
    <message>
        <source>Items whose status is written off, dated in the same way as lost items.</source>
        <translation>Единицы со статусом «списано»; дата определяется так же, как для утерянных.</translation>
    </message>
    <message>
        <source>Items on the register</source>
        <translation>Единиц в реестре</translation>
    </message>
    <message>
        <source>Items received by the period&apos;s last day and not lost, stolen or written off by then.</source>
        <translation>Единицы, полученные к последнему дню периода и к тому дню не утерянные, не похищенные и не списанные.</translation>
    </message>
    <message>
        <source>Items checked in the period</source>
        <translation>Проверено единиц за период</translation>
    </message>
    <message>
        <source>Items on the register at the period&apos;s end with at least one stock-take check dated in the period; coverage is that number divided by the items on the register.</source>
        <translation>Единицы в реестре на конец периода, имеющие хотя бы одну проверку инвентаризации в периоде; охват — это их число, делённое на число единиц в реестре.</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Обучено человек</translation>
    </message>
    <message>
        <source>People enrolled (not withdrawn) on a session that started in the period and was not cancelled, each person counted once however many sessions.</source>
        <translation>Люди, записанные (и не выбывшие) на занятия, начавшиеся в периоде и не отменённые; каждый человек считается один раз, сколько бы занятий ни было.</translation>
    </message>
    <message>
        <source>People who completed a course</source>
        <translation>Завершили курс</translation>
    </message>
    <message>
        <source>Of those, people who passed a session that ended by the period&apos;s last day. Sex left empty is counted as not recorded; the share of women is women divided by all, not recorded included.</source>
        <translation>Из них — люди, успешно прошедшие занятие, завершившееся к последнему дню периода. Незаполненный пол считается «не указан»; доля женщин — это число женщин, делённое на всех, включая «не указан».</translation>
    </message>
    <message>
        <source>Training sessions held</source>
        <translation>Проведено занятий</translation>
    </message>
    <message>
        <source>Sessions that started in the period and were not cancelled.</source>
        <translation>Занятия, начавшиеся в периоде и не отменённые.</translation>
    </message>
    <message>
        <source>Works started</source>
        <translation>Начато работ</translation>
    </message>
    <message>
        <source>Works whose actual start date falls in the period.</source>
        <translation>Работы, фактическая дата начала которых входит в период.</translation>
    </message>
    <message>
        <source>Works completed</source>
        <translation>Завершено работ</translation>
    </message>
    <message>
        <source>Works whose actual end date falls in the period.</source>
        <translation>Работы, фактическая дата окончания которых входит в период.</translation>
    </message>
    <message>
        <source>Works under way</source>
        <translation>Работ в процессе</translation>
    </message>
    <message>
        <source>Works started by the period&apos;s last day and not finished by then. The stage comes from the actual dates, not from the status typed today.</source>
        <translation>Работы, начатые к последнему дню периода и к тому дню не завершённые. Этап определяется по фактическим датам, а не по статусу, введённому сегодня.</translation>
    </message>
    <message>
        <source>Works late</source>
        <translation>Работ с опозданием</translation>
    </message>
    <message>
        <source>Works whose planned end is before the period&apos;s last day and that were not finished by then; days late run to the period&apos;s last day, or to the actual end for works finished late.</source>
        <translation>Работы, плановое окончание которых раньше последнего дня периода и которые к тому дню не завершены; дни опоздания считаются до последнего дня периода, а для работ, завершённых с опозданием, — до фактического окончания.</translation>
    </message>
    <message>
        <source>Budget and delivered value</source>
        <translation>Бюджет и поставленная стоимость</translation>
    </message>
    <message>
        <source>Delivered by the period&apos;s end is the value of the project&apos;s items received by then plus the contract value of its works completed by then; the share of budget delivered divides it by the project&apos;s budget, in the project&apos;s currency.</source>
        <translation>Поставлено к концу периода — это стоимость единиц проекта, полученных к тому дню, плюс договорная стоимость его работ, завершённых к тому дню; доля освоенного бюджета — это она, делённая на бюджет проекта, в валюте проекта.</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>за период</translation>
    </message>
    <message>
        <source>at the period&apos;s end</source>
        <translation>на конец периода</translation>
    </message>
    <message>
        <source>Share of trained</source>
        <translation>Доля обученных</translation>
    </message>
    <message>
        <source>Share of completed</source>
        <translation>Доля завершивших</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Учёт</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Value or share</source>
        <translation>Сумма или доля</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>How each figure is counted: see the sheet &apos;Method&apos;.</source>
        <translation>Как считается каждый показатель: см. лист «Методика».</translation>
    </message>
    <message>
        <source>Converted at the rates entered for this report</source>
        <translation>Пересчитано по курсам, введённым для этого отчёта</translation>
    </message>
    <message>
        <source>Property of {owner}</source>
        <translation>Собственность: {owner}</translation>
    </message>
    <message>
        <source>Funded by {donor}</source>
        <translation>Финансирование: {donor}</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Название проекта</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Equipment received in the period</source>
        <translation>Оборудование, полученное за период</translation>
    </message>
    <message>
        <source>Equipment received by the period&apos;s end</source>
        <translation>Оборудование, полученное к концу периода</translation>
    </message>
    <message>
        <source>Works completed by the period&apos;s end</source>
        <translation>Работы, завершённые к концу периода</translation>
    </message>
    <message>
        <source>Delivered by the period&apos;s end</source>
        <translation>Поставлено к концу периода</translation>
    </message>
    <message>
        <source>Share of budget delivered</source>
        <translation>Доля освоенного бюджета</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>По проектам</translation>
    </message>
    <message>
        <source>By donor</source>
        <translation>По донорам</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Лист посещаемости</translation>
    </message>
    <message>
        <source>Each participant signs the box of each day attended; the trainer writes &apos;absent&apos; in the box of a day missed.</source>
        <translation>Каждый участник расписывается в клетке каждого дня, когда присутствовал; в клетке пропущенного дня тренер пишет «отсутствовал».</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Service No.</source>
        <translation>Табельный №</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <source>Trainer&apos;s signature</source>
        <translation>Подпись тренера</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Пункт пропуска</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Единиц</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Items received in the period</source>
        <translation>Единицы, полученные за период</translation>
    </message>
    <message>
        <source>Items received, by category</source>
        <translation>Полученные единицы по категориям</translation>
    </message>
    <message>
        <source>Items on the register at the period&apos;s end</source>
        <translation>Единиц в реестре на конец периода</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Items found missing at checks in the period</source>
        <translation>Не найдено при проверках за период</translation>
    </message>
    <message>
        <source>Items found damaged at checks in the period</source>
        <translation>Найдено повреждённых при проверках за период</translation>
    </message>
    <message>
        <source>Lost or stolen in the period</source>
        <translation>Утеряно или похищено за период</translation>
    </message>
    <message>
        <source>Written off in the period</source>
        <translation>Списано за период</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Обучено</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>People trained and completed, by sex</source>
        <translation>Обученные и завершившие, по полу</translation>
    </message>
    <message>
        <source>Sessions held, by course</source>
        <translation>Проведённые занятия по курсам</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>Works by stage at the period&apos;s end</source>
        <translation>Работы по этапам на конец периода</translation>
    </message>
    <message>
        <source>Facilities by stage at the period&apos;s end</source>
        <translation>Объекты по этапам на конец периода</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>Стоимость договора</translation>
    </message>
    <message>
        <source>Contract value by stage</source>
        <translation>Стоимость договоров по этапам</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Подрядчик</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Фактическое начало</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Фактическое окончание</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Дней опоздания</translation>
    </message>
    <message>
        <source>Planned against actual dates, as of the period&apos;s end</source>
        <translation>Плановые и фактические даты на конец периода</translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation>(валюта не указана)</translation>
    </message>
    <message>
        <source>Value of items received</source>
        <translation>Стоимость полученных единиц</translation>
    </message>
    <message>
        <source>Value of items on the register</source>
        <translation>Стоимость единиц в реестре</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>People trained and completed, by agency</source>
        <translation>Обученные и завершившие, по ведомствам</translation>
    </message>
    <message>
        <source>People trained and completed, by post</source>
        <translation>Обученные и завершившие, по пунктам пропуска</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Выданные сертификаты</translation>
    </message>
    <message>
        <source>Type the certificate&apos;s number and check code as printed; the name and course shown must match the paper.</source>
        <translation>Введите номер сертификата и код проверки, как они напечатаны; показанные имя и курс должны совпадать с бумагой.</translation>
    </message>
    <message>
        <source>Genuine:</source>
        <translation>Подлинный:</translation>
    </message>
    <message>
        <source>The check code does not match this number: the certificate may have been altered.</source>
        <translation>Код проверки не соответствует этому номеру: сертификат мог быть изменён.</translation>
    </message>
    <message>
        <source>No certificate with this number.</source>
        <translation>Сертификата с таким номером нет.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>Сертификат №</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Код проверки</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Issued {issued}; this copy printed {today}</source>
        <translation>Выдан {issued}; эта копия напечатана {today}</translation>
    </message>
    <message>
        <source>CERTIFICATE</source>
        <translation>СЕРТИФИКАТ</translation>
    </message>
    <message>
        <source>of course completion</source>
        <translation>об окончании курса</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Настоящим удостоверяется, что</translation>
    </message>
    <message>
        <source>has successfully completed the course</source>
        <translation>успешно завершил(а) курс</translation>
    </message>
    <message>
        <source>under the project {project}, funded by {donor}</source>
        <translation>в рамках проекта {project} при финансировании: {donor}</translation>
    </message>
    <message>
        <source>To check: scan the code or open {url} and enter the number and check code; the name shown must match.</source>
        <translation>Проверка: отсканируйте код или откройте {url} и введите номер и код проверки; показанное имя должно совпасть.</translation>
    </message>
    <message>
        <source>To check: give the number and check code to the programme office; the name they read back must match.</source>
        <translation>Проверка: сообщите номер и код проверки в офис программы; названное ими имя должно совпасть.</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>ДУБЛИКАТ</translation>
    </message>
    <message>
        <source>Date of issue: {date}</source>
        <translation>Дата выдачи: {date}</translation>
    </message>
    <message>
        <source>{hours} academic hours</source>
        <translation>академических часов: {hours}</translation>
    </message>
    <message>
        <source>Certificate No. {number}</source>
        <translation>Сертификат № {number}</translation>
    </message>
    <message>
        <source>Check code: {code}</source>
        <translation>Код проверки: {code}</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>дней: {days}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начаты</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>В процессе</translation>
    </message>
    <message>
        <source>of whom women</source>
        <translation>из них женщин</translation>
    </message>
    <message>
        <source>Converted total</source>
        <translation>Пересчитанный итог</translation>
    </message>
    <message>
        <source>value</source>
        <translation>стоимость</translation>
    </message>
    <message>
        <source>Act of delivery and acceptance of equipment No. {number}</source>
        <translation>Акт поставки и приёмки оборудования № {number}</translation>
    </message>
    <message>
        <source>Act of hand-over and acceptance of equipment No. {number}</source>
        <translation>Акт приёма-передачи оборудования № {number}</translation>
    </message>
    <message>
        <source>Act of issue of equipment for personal use No. {number}</source>
        <translation>Акт выдачи оборудования в личное пользование № {number}</translation>
    </message>
    <message>
        <source>Act of return of equipment No. {number}</source>
        <translation>Акт возврата оборудования № {number}</translation>
    </message>
    <message>
        <source>We, the undersigned, have drawn up this act: the party handing over has handed over, and the party receiving has accepted, the equipment listed below in the condition stated.</source>
        <translation>Мы, нижеподписавшиеся, составили настоящий акт о том, что передающая сторона передала, а принимающая сторона приняла нижеперечисленное оборудование в указанном состоянии.</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>шт.</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Передающая сторона</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Инв. номер</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Total value in {currency}: {value} ({count} items)</source>
        <translation>Итого в {currency}: {value} ({count} ед.)</translation>
    </message>
    <message>
        <source>Items with no recorded value: {count}</source>
        <translation>Единиц без указанной стоимости: {count}</translation>
    </message>
    <message>
        <source>Total items: {count}</source>
        <translation>Всего единиц: {count}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Сдал</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принял</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>М.П.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>The equipment was funded by {donor}.</source>
        <translation>Оборудование профинансировано: {donor}.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Имущество</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <source>Hand-over acts</source>
        <translation>Акты передачи</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Инфраструктура</translation>
    </message>
    <message>
        <source>People and reference data</source>
        <translation>Люди и справочники</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Обмен данными</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Changes made here are dated up to {last}, more than a day after this computer&apos;s date ({now}): receivers refuse them. If this computer&apos;s date is right now, run &apos;bordertrack restamp&apos; to stamp them again; if not, set the date and time.</source>
        <translation>Изменения, сделанные здесь, датированы вплоть до {last}, больше чем на день позже даты этого компьютера ({now}): получатели их отклоняют. Если дата компьютера сейчас верна, выполните &apos;bordertrack restamp&apos;, чтобы заново проставить отметки; если нет, установите дату и время.</translation>
    </message>
    <message>
        <source>This computer&apos;s date ({now}) is earlier than the last change made here ({last}): its clock was set back or its clock battery is dead. Set the date and time; until then new changes are still stamped after the last one.</source>
        <translation>Дата на этом компьютере ({now}) раньше последнего изменения, сделанного здесь ({last}): часы переведены назад или села батарейка часов. Установите дату и время; до тех пор новые изменения всё равно получают отметку позже последнего.</translation>
    </message>
    <message>
        <source>This record is now at {where}: {how}. Only that post or a coordinator can change it.</source>
        <translation>Эта запись теперь на посту {where}: {how}. Изменить её может только этот пост или координатор.</translation>
    </message>
    <message>
        <source>merged into another record on {date}</source>
        <translation>объединена с другой записью {date}</translation>
    </message>
    <message>
        <source>deleted by the coordinator on {date}</source>
        <translation>удалена координатором {date}</translation>
    </message>
    <message>
        <source>deleted on {date}</source>
        <translation>удалена {date}</translation>
    </message>
    <message>
        <source>moved by the coordinator to {post} on {date}</source>
        <translation>перемещена координатором на пост {post} {date}</translation>
    </message>
    <message>
        <source>handed to {post} on {date}</source>
        <translation>передана на пост {post} {date}</translation>
    </message>
    <message>
        <source>handed to {post} on {date} (act {act})</source>
        <translation>передана на пост {post} {date} (акт {act})</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Crossing point</source>
        <translation>Пункт пропуска</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Regional coordinator</source>
        <translation>Региональный координатор</translation>
    </message>
    <message>
        <source>Border guard</source>
        <translation>Пограничная служба</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Таможня</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Милиция</translation>
    </message>
    <message>
        <source>Drug control</source>
        <translation>Наркоконтроль</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Road crossing</source>
        <translation>Автомобильный пункт пропуска</translation>
    </message>
    <message>
        <source>Rail crossing</source>
        <translation>Железнодорожный пункт пропуска</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>Аэропорт</translation>
    </message>
    <message>
        <source>Pedestrian crossing</source>
        <translation>Пешеходный пункт пропуска</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Региональный офис</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Body-worn camera</source>
        <translation>Нагрудный видеорегистратор</translation>
    </message>
    <message>
        <source>Voice recorder</source>
        <translation>Диктофон</translation>
    </message>
    <message>
        <source>Body armour</source>
        <translation>Бронежилет</translation>
    </message>
    <message>
        <source>Helmet</source>
        <translation>Шлем</translation>
    </message>
    <message>
        <source>Document scanner</source>
        <translation>Сканер документов</translation>
    </message>
    <message>
        <source>X-ray scanner</source>
        <translation>Рентгеновская установка</translation>
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
        <translation>Автомобиль</translation>
    </message>
    <message>
        <source>Night vision</source>
        <translation>Прибор ночного видения</translation>
    </message>
    <message>
        <source>Binoculars</source>
        <translation>Бинокль</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>В эксплуатации</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>На складе</translation>
    </message>
    <message>
        <source>Under repair</source>
        <translation>В ремонте</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Неисправно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Утеряно</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Похищено</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошее</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Удовлетворительное</translation>
    </message>
    <message>
        <source>Unserviceable</source>
        <translation>Непригодное</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>На месте</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Found damaged</source>
        <translation>Обнаружено с повреждениями</translation>
    </message>
    <message>
        <source>Found at another post</source>
        <translation>Обнаружено на другом посту</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Слушатель</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Опоздал</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>По уважительной причине</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Отсутствовал</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Сдал</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не сдал</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Выбыл</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Checkpoint building</source>
        <translation>Здание пункта пропуска</translation>
    </message>
    <message>
        <source>Barracks</source>
        <translation>Казарма</translation>
    </message>
    <message>
        <source>Inspection lane</source>
        <translation>Полоса досмотра</translation>
    </message>
    <message>
        <source>Canopy</source>
        <translation>Навес</translation>
    </message>
    <message>
        <source>Fence</source>
        <translation>Ограждение</translation>
    </message>
    <message>
        <source>Watchtower</source>
        <translation>Наблюдательная вышка</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>Электроснабжение</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>Водоснабжение</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Отопление</translation>
    </message>
    <message>
        <source>Access road</source>
        <translation>Подъездная дорога</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Строится</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Needs repair</source>
        <translation>Требует ремонта</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Не действует</translation>
    </message>
</context>
<context>
    <name>when</name>
    <message>
        <source>made by hand</source>
        <translation>сделана вручную</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>when the program closed</source>
        <translation>при закрытии программы</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>применён</translation>
    </message>
    <message>
        <source>previewed only</source>
        <translation>только просмотрен</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>уже импортирован</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонён</translation>
    </message>
</context>
</TS>
