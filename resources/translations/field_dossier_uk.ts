<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="45"/>
        <source>Something went wrong. Your work is kept; the details are in the log.</source>
        <translation>Щось пішло не так. Вашу роботу збережено; подробиці — у журналі.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../app/ui/controller.py" line="92"/>
        <source>Check this before you continue</source>
        <translation>Перевірте це, перш ніж продовжити</translation>
    </message>
    <message>
        <location filename="../../app/ui/controller.py" line="121"/>
        <source>Cannot open</source>
        <translation>Не вдається відкрити</translation>
    </message>
</context>
<context>
    <name>ApplicantTableModel</name>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="43"/>
        <source>Application</source>
        <translation>Заява</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="44"/>
        <source>Interview</source>
        <translation>Співбесіда</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="45"/>
        <source>Background checks</source>
        <translation>Перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="46"/>
        <source>Polygraph 1</source>
        <translation>Поліграф 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="47"/>
        <source>Polygraph 2</source>
        <translation>Поліграф 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="48"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="49"/>
        <source>To send to HQ</source>
        <translation>Надіслати до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="50"/>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="53"/>
        <source>Serving soldier</source>
        <translation>Військовослужбовець</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="54"/>
        <source>Prisoner of war</source>
        <translation>Військовополонений</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="55"/>
        <source>Civilian</source>
        <translation>Цивільний</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="56"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="64"/>
        <source>Case number</source>
        <translation>Номер справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="64"/>
        <source>Name (Cyrillic)</source>
        <translation>Ім&apos;я (кирилицею)</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="64"/>
        <source>Name (Latin)</source>
        <translation>Ім&apos;я (латиницею)</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="65"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="65"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="65"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="65"/>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="66"/>
        <source>Last change</source>
        <translation>Остання зміна</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="77"/>
        <source>%1 red</source>
        <translation>червоних: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="77"/>
        <source>%1 amber</source>
        <translation>жовтих: %1</translation>
    </message>
</context>
<context>
    <name>ApplicationTab</name>
    <message>
        <location filename="../../app/ui/dossier/application_tab.py" line="24"/>
        <source>Signed by the applicant</source>
        <translation>Підписано заявником</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/application_tab.py" line="28"/>
        <source>Received on</source>
        <translation>Дата отримання</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/application_tab.py" line="30"/>
        <source>Application text</source>
        <translation>Текст заяви</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/application_tab.py" line="32"/>
        <source>Add scanned pages…</source>
        <translation>Додати скановані сторінки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/application_tab.py" line="53"/>
        <source>Save the applicant first.</source>
        <translation>Спершу збережіть заявника.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/application_tab.py" line="74"/>
        <source>Use a date as YYYY-MM-DD.</source>
        <translation>Вкажіть дату у форматі РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/application_tab.py" line="75"/>
        <source>The date received is not a valid date.</source>
        <translation>Дата отримання некоректна.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="38"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="38"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="38"/>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="38"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="42"/>
        <source>Select an image to preview it.</source>
        <translation>Виберіть зображення для перегляду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="44"/>
        <source>Add files…</source>
        <translation>Додати файли…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="46"/>
        <source>Or drop files here. Limit: %1 MiB per file.</source>
        <translation>Або перетягніть файли сюди. Обмеження: %1 МіБ на файл.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="65"/>
        <source>Save the applicant first, then add files.</source>
        <translation>Спершу збережіть заявника, потім додавайте файли.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="77"/>
        <source>No preview for this file type.</source>
        <translation>Для цього типу файлу перегляд недоступний.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="85"/>
        <source>Add attachments</source>
        <translation>Додати вкладення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="93"/>
        <source>%1 is larger than the %2 MiB limit.</source>
        <translation>%1 перевищує обмеження %2 МіБ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="97"/>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="101"/>
        <source>Attachment</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="97"/>
        <source>%1 could not be read.</source>
        <translation>Не вдалося прочитати %1.</translation>
    </message>
</context>
<context>
    <name>CaseFilePreview</name>
    <message>
        <location filename="../../app/ui/casefile_preview.py" line="37"/>
        <source>Case file {0}</source>
        <translation>Справа {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/casefile_preview.py" line="45"/>
        <source>Save signed PDF…</source>
        <translation>Зберегти підписаний PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/casefile_preview.py" line="78"/>
        <location filename="../../app/ui/casefile_preview.py" line="85"/>
        <location filename="../../app/ui/casefile_preview.py" line="88"/>
        <source>Save signed PDF</source>
        <translation>Зберегти підписаний PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/casefile_preview.py" line="79"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/casefile_preview.py" line="86"/>
        <source>The PDF could not be saved: {0}</source>
        <translation>Не вдалося зберегти PDF: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/casefile_preview.py" line="88"/>
        <source>Saved. It is signed: any change to it will show.</source>
        <translation>Збережено. Файл підписано: будь-яку зміну буде видно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/casefile_preview.py" line="114"/>
        <source>Case file</source>
        <translation>Справа</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <location filename="../../app/ui/print_summary.py" line="42"/>
        <source>DEMO — TRAINING DATA, NOT A REAL CASE</source>
        <translation>ДЕМО — НАВЧАЛЬНІ ДАНІ, НЕ СПРАВЖНЯ СПРАВА</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="43"/>
        <source>RESTRICTED — VETTING CASE</source>
        <translation>ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ — СПРАВА ПЕРЕВІРКИ</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="45"/>
        <source>Case number</source>
        <translation>Номер справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="46"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="47"/>
        <source>Latin</source>
        <translation>Латиницею</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="48"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="49"/>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="50"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="51"/>
        <source>Citizenships</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="52"/>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="53"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="65"/>
        <source>Exam</source>
        <translation>Опитування</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="65"/>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="66"/>
        <source>grand total</source>
        <translation>загальна сума</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="67"/>
        <source>computed</source>
        <translation>обчислено</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="75"/>
        <source>A polygraph result is a trigger for follow-up, not a verdict (National Research Council, 2003).</source>
        <translation>Результат поліграфа — привід для додаткової перевірки, а не вирок (Національна дослідницька рада США, 2003).</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="89"/>
        <source>No decision recorded.</source>
        <translation>Рішення не ухвалено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="92"/>
        <source>Record SHA-256 ({0}); check with: dossier verify-paper</source>
        <translation>SHA-256 запису ({0}); перевірка: dossier verify-paper</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_summary.py" line="123"/>
        <source>Print case summary</source>
        <translation>Друк короткої довідки</translation>
    </message>
</context>
<context>
    <name>ChecksTab</name>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="19"/>
        <source>Security service records</source>
        <translation>Обліки СБУ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="20"/>
        <source>Counter-intelligence</source>
        <translation>Контррозвідка</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="21"/>
        <source>Document verification</source>
        <translation>Перевірка документів</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="22"/>
        <source>Open sources</source>
        <translation>Відкриті джерела</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="22"/>
        <source>Watchlist</source>
        <translation>Список спостереження</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="23"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="24"/>
        <source>Pending</source>
        <translation>Очікує</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="24"/>
        <source>No record</source>
        <translation>Відомостей немає</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="25"/>
        <source>Adverse</source>
        <translation>Негативний</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="25"/>
        <source>Inconclusive</source>
        <translation>Невизначений</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="27"/>
        <source>Check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="28"/>
        <source>Requested on</source>
        <translation>Дата запиту</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="28"/>
        <source>Requested by</source>
        <translation>Хто запитав</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="29"/>
        <source>Reference</source>
        <translation>Реєстр. номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="30"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="31"/>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="31"/>
        <source>Request a check</source>
        <translation>Запитати перевірку</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="31"/>
        <source>Remove selected</source>
        <translation>Вилучити вибране</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="37"/>
        <source>Seal selected…</source>
        <translation>Скріпити вибране…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="38"/>
        <source>Waive selected…</source>
        <translation>Звільнити вибране від перевірки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="62"/>
        <source>Sealed (read-only): %1.</source>
        <translation>Скріплено (лише читання): %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="63"/>
        <source>Waived: %1.</source>
        <translation>Звільнено: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="85"/>
        <source>Check %1: the request date is not a valid date.</source>
        <translation>Перевірка %1: дата запиту некоректна.</translation>
    </message>
</context>
<context>
    <name>DecisionTab</name>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="23"/>
        <source>Only a supervisor records the decision.</source>
        <translation>Рішення ухвалює лише керівник.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="28"/>
        <source>(no decision)</source>
        <translation>(рішення немає)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="29"/>
        <source>Accept</source>
        <translation>Прийняти</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="29"/>
        <source>Reject</source>
        <translation>Відмовити</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="30"/>
        <source>Defer</source>
        <translation>Відкласти</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="30"/>
        <source>Refer</source>
        <translation>Передати</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="39"/>
        <source>Outcome</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="40"/>
        <source>Reason code</source>
        <translation>Код підстави</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="41"/>
        <source>Rationale</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="42"/>
        <source>Approved by</source>
        <translation>Затвердив</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="43"/>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="65"/>
        <source>Personal data</source>
        <translation>Особові дані</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="65"/>
        <source>Application</source>
        <translation>Заява</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="66"/>
        <source>Interviews</source>
        <translation>Співбесіди</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="66"/>
        <source>Background checks</source>
        <translation>Перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="67"/>
        <source>Polygraph 1</source>
        <translation>Поліграф 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="67"/>
        <source>Polygraph 2</source>
        <translation>Поліграф 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="68"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="68"/>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="69"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="92"/>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="93"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Друк довідки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="94"/>
        <source>Case &amp;file (signed PDF)…</source>
        <translation>&amp;Справа (підписаний PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="95"/>
        <source>Send to &amp;HQ…</source>
        <translation>Надіслати до &amp;штабу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="96"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="114"/>
        <source>New applicant</source>
        <translation>Новий заявник</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="115"/>
        <source> — DEMO</source>
        <translation> — ДЕМО</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="134"/>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="135"/>
        <source>There are unsaved changes to this dossier from %1. Restore them?</source>
        <translation>Є незбережені зміни до цієї справи від %1. Відновити їх?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="145"/>
        <source>Restored unsaved changes; save them with Ctrl+S.</source>
        <translation>Незбережені зміни відновлено; збережіть їх через Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="150"/>
        <source>Editing…</source>
        <translation>Редагування…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="167"/>
        <source>Autosave failed; the details are in the log.</source>
        <translation>Автозбереження не вдалося; подробиці — у журналі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="171"/>
        <source>Draft saved in the vault.</source>
        <translation>Чернетку збережено у сховищі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="183"/>
        <source>Not saved yet</source>
        <translation>Ще не збережено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="184"/>
        <source>Please correct these first (your typing is kept as a draft):</source>
        <translation>Спершу виправте (введене збережено як чернетку):</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="194"/>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="199"/>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="212"/>
        <source>Possible duplicates</source>
        <translation>Можливі дублікати</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="213"/>
        <source>This person may already have a case. A supervisor can merge the cases or mark them distinct (dossier duplicates …):</source>
        <translation>Ця особа, можливо, вже має справу. Керівник може об&apos;єднати справи або позначити їх як різні (dossier duplicates …):</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="217"/>
        <source>Scanned pages</source>
        <translation>Скановані сторінки</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="217"/>
        <location filename="../../app/ui/dossier/window.py" line="267"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Зображення (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="226"/>
        <source>Seal</source>
        <translation>Скріпити</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="227"/>
        <source>Sealing makes the record read-only; later corrections are amendments. Re-enter your passphrase to seal it:</source>
        <translation>Після скріплення запис стає лише для читання; подальші виправлення — це поправки. Введіть парольну фразу ще раз, щоб скріпити:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="235"/>
        <source>Not sealed</source>
        <translation>Не скріплено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="240"/>
        <source>Sealed.</source>
        <translation>Скріплено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="244"/>
        <location filename="../../app/ui/dossier/window.py" line="249"/>
        <source>Amend a sealed record</source>
        <translation>Поправка до скріпленого запису</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="245"/>
        <source>Why is this record corrected? The original is kept with your reason.</source>
        <translation>Чому запис виправляється? Оригінал зберігається разом із вашою причиною.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="249"/>
        <source>Give a reason of at least ten characters.</source>
        <translation>Вкажіть причину щонайменше з десяти символів.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="257"/>
        <source>Waive a check</source>
        <translation>Звільнення від перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="258"/>
        <source>Why can the case go on without this check?</source>
        <translation>Чому справа може рухатися далі без цієї перевірки?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="267"/>
        <location filename="../../app/ui/dossier/window.py" line="270"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="270"/>
        <source>The photo must be an image.</source>
        <translation>Фото має бути зображенням.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="277"/>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="277"/>
        <source>Save the applicant before printing.</source>
        <translation>Збережіть заявника перед друком.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="285"/>
        <source>Save the applicant first.</source>
        <translation>Спочатку збережіть кандидата.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="292"/>
        <source>Case file</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="300"/>
        <source>Send to HQ</source>
        <translation>Надіслати до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="302"/>
        <source>Choose the stick&apos;s folder</source>
        <translation>Виберіть теку на флешці</translation>
    </message>
</context>
<context>
    <name>ExamTab</name>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="31"/>
        <source>Federal 7-position</source>
        <translation>Федеральна 7-бальна</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="32"/>
        <source>3-position</source>
        <translation>3-бальна</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="33"/>
        <source>ESS</source>
        <translation>ESS</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="41"/>
        <source>A polygraph result is a trigger for follow-up, not a verdict (National Research Council, The Polygraph and Lie Detection, 2003).</source>
        <translation>Результат поліграфа — привід для додаткової перевірки, а не вирок (Національна дослідницька рада США, «The Polygraph and Lie Detection», 2003).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="57"/>
        <source>Examiner</source>
        <translation>Поліграфолог</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="58"/>
        <source>Held on</source>
        <translation>Дата проведення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="59"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="60"/>
        <source>Instrument</source>
        <translation>Прилад</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="61"/>
        <source>Serial number</source>
        <translation>Серійний номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="62"/>
        <source>Technique / format</source>
        <translation>Методика / формат</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="63"/>
        <source>Scoring method</source>
        <translation>Метод оцінювання</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="64"/>
        <source>Decision rule</source>
        <translation>Правило рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="65"/>
        <source>Charts</source>
        <translation>Пред&apos;явлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="67"/>
        <source>Relevant</source>
        <translation>Релевантне</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="67"/>
        <source>Comparison</source>
        <translation>Контрольне</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="68"/>
        <source>Irrelevant</source>
        <translation>Нейтральне</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="68"/>
        <source>Symptomatic</source>
        <translation>Симптоматичне</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="69"/>
        <source>Sacrifice relevant</source>
        <translation>Жертовне релевантне</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="69"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="70"/>
        <source>Label</source>
        <translation>Позначка</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="70"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="71"/>
        <source>Question</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="72"/>
        <source>Add question</source>
        <translation>Додати запитання</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="72"/>
        <source>Remove selected</source>
        <translation>Вилучити вибране</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="82"/>
        <source>(no result yet)</source>
        <translation>(результату ще немає)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="83"/>
        <source>NDI: no deception indicated</source>
        <translation>NDI: ознак обману не виявлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="84"/>
        <source>DI: deception indicated</source>
        <translation>DI: виявлено ознаки обману</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="85"/>
        <source>INC: inconclusive</source>
        <translation>INC: невизначено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="85"/>
        <source>NO: no opinion</source>
        <translation>NO: без висновку</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="86"/>
        <source>PNC: purposeful non-cooperation</source>
        <translation>PNC: навмисна протидія</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="90"/>
        <source>Computed from the scores</source>
        <translation>Обчислено за оцінками</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="91"/>
        <source>Examiner&apos;s result</source>
        <translation>Висновок поліграфолога</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="92"/>
        <source>Admissions</source>
        <translation>Зізнання</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="92"/>
        <source>Pre-test notes</source>
        <translation>Нотатки до тесту</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="93"/>
        <source>Post-test notes</source>
        <translation>Нотатки після тесту</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="102"/>
        <source>Questions</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="106"/>
        <source>Scores</source>
        <translation>Оцінки</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="131"/>
        <source> (cutscores unverified)</source>
        <translation> (порогові значення не перевірено)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="156"/>
        <source>Not computed yet: %1</source>
        <translation>Ще не обчислено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="158"/>
        <source>The examiner&apos;s result differs from the computed one.</source>
        <translation>Висновок поліграфолога відрізняється від обчисленого.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="160"/>
        <source>These cutscores are not confirmed against their published source.</source>
        <translation>Ці порогові значення не звірено з опублікованим джерелом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="244"/>
        <source>Use a date as YYYY-MM-DD.</source>
        <translation>Вкажіть дату у форматі РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="245"/>
        <source>The exam date is not a valid date.</source>
        <translation>Дата опитування некоректна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="248"/>
        <source>Question labels must be unique.</source>
        <translation>Позначки запитань мають бути унікальними.</translation>
    </message>
</context>
<context>
    <name>ExportsDialog</name>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="37"/>
        <source>Not acknowledged yet ({0} day(s) since it was written)</source>
        <translation>Ще не підтверджено (днів від запису: {0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="39"/>
        <source>Received by HQ {0}: version {1}</source>
        <translation>Отримано штабом {0}: версія {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="41"/>
        <source>Received by HQ {0}: nothing had changed</source>
        <translation>Отримано штабом {0}: змін не було</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="43"/>
        <source>Received by HQ {0}: a newer export was already there</source>
        <translation>Отримано штабом {0}: там уже була новіша передача</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="45"/>
        <source>Received but refused by HQ {0}: ask HQ why</source>
        <translation>Отримано, але відхилено штабом {0}: запитайте штаб про причину</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="52"/>
        <source>Sent cases and receipts from HQ</source>
        <translation>Надіслані справи й підтвердження штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="54"/>
        <source>Only cases HQ has not acknowledged after</source>
        <translation>Лише справи, які штаб не підтвердив за</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="57"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="63"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="63"/>
        <source>Export no.</source>
        <translation>№ передачі</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="64"/>
        <source>Written to stick</source>
        <translation>Записано на носій</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="64"/>
        <source>Stick</source>
        <translation>Носій</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="65"/>
        <source>HQ</source>
        <translation>Штаб</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="102"/>
        <source>{0} case(s) written to a stick {1} or more days ago have no receipt from HQ. Receipts arrive with HQ&apos;s update packages.</source>
        <translation>Справ, записаних на носій {1} або більше днів тому, без підтвердження штабу: {0}. Підтвердження надходять у пакетах оновлень штабу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="104"/>
        <source>Every case written to a stick {0} or more days ago has a receipt from HQ.</source>
        <translation>Кожна справа, записана на носій {0} або більше днів тому, має підтвердження штабу.</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../../app/ui/messages.py" line="76"/>
        <source>Polygraph exam %1 indicates deception: a trigger for follow-up investigation, not a verdict.</source>
        <translation>Опитування на поліграфі %1 показує ознаки обману: це привід для додаткової перевірки, а не вирок.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="77"/>
        <location filename="../../app/ui/messages.py" line="78"/>
        <location filename="../../app/ui/messages.py" line="79"/>
        <source>Polygraph exam %1 result is %2.</source>
        <translation>Результат опитування на поліграфі %1: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80"/>
        <source>Exam %1: the scores give %2 but the examiner stated %3.</source>
        <translation>Опитування %1: за оцінками %2, але поліграфолог указав %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="81"/>
        <source>Polygraph discordance: third exam or further investigation (%1).</source>
        <translation>Розбіжність поліграфів: третє опитування або додаткова перевірка (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="82"/>
        <source>The two polygraph exams are not independent: %1.</source>
        <translation>Два опитування на поліграфі не незалежні: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="83"/>
        <source>The %1 check is adverse.</source>
        <translation>Перевірка «%1» негативна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84"/>
        <source>The %1 check is inconclusive.</source>
        <translation>Перевірка «%1» невизначена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="85"/>
        <source>Interview %1 was assessed not credible.</source>
        <translation>Співбесіду %1 оцінено як неправдоподібну.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86"/>
        <source>Interview %1 was assessed doubtful.</source>
        <translation>Співбесіду %1 оцінено як сумнівну.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87"/>
        <source>The applicant reports contact with Russian services.</source>
        <translation>Заявник повідомляє про контакти з російськими спецслужбами.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88"/>
        <source>Relatives live in hostile or occupied territory: a coercion risk.</source>
        <translation>Родичі проживають на ворожій чи окупованій території: ризик примусу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89"/>
        <source>The %1 given in interview %2 differs from the application.</source>
        <translation>Відомості «%1», надані на співбесіді %2, відрізняються від заяви.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90"/>
        <source>The %1 step is open %2 days after the application (due within %3).</source>
        <translation>Етап «%1» не завершено через %2 дн. після заяви (строк — %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="91"/>
        <source>Possibly the same person as %1 (score %2: %3).</source>
        <translation>Можливо, та сама особа, що й %1 (оцінка %2: %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92"/>
        <source>Matches watchlist entry %1 (score %2: %3).</source>
        <translation>Збіг із записом списку спостереження %1 (оцінка %2: %3).</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <location filename="../../app/ui/dossier/flags_panel.py" line="27"/>
        <source>No risk flags.</source>
        <translation>Позначок ризику немає.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/flags_panel.py" line="30"/>
        <source>red</source>
        <translation>червона</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/flags_panel.py" line="30"/>
        <source>amber</source>
        <translation>жовта</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/flags_panel.py" line="30"/>
        <source>info</source>
        <translation>довідка</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../../app/ui/dossier/form_widget.py" line="91"/>
        <source>not rated</source>
        <translation>не оцінено</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../app/ui/dossier/history_tab.py" line="25"/>
        <location filename="../../app/ui/dossier/history_tab.py" line="32"/>
        <source>When (UTC)</source>
        <translation>Коли (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/history_tab.py" line="25"/>
        <location filename="../../app/ui/dossier/history_tab.py" line="32"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/history_tab.py" line="25"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/history_tab.py" line="26"/>
        <source>Detail</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/history_tab.py" line="32"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/history_tab.py" line="33"/>
        <source>Reason, and the original</source>
        <translation>Причина й оригінал</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/history_tab.py" line="38"/>
        <source>Amendments to sealed records</source>
        <translation>Поправки до скріплених записів</translation>
    </message>
</context>
<context>
    <name>HqActions</name>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="37"/>
        <source>Enrol with HQ</source>
        <translation>Реєстрація у штабі</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="38"/>
        <source>Choose the enrolment file from HQ</source>
        <translation>Виберіть файл реєстрації від штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="41"/>
        <source>One-time passphrase (from HQ, on paper):</source>
        <translation>Одноразова парольна фраза (від штабу, на папері):</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="49"/>
        <source>This enrolment is for post {0}; this vault belongs to post {1}.</source>
        <translation>Ця реєстрація для пункту {0}; це сховище належить пункту {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="62"/>
        <source> HQ holds a recovery slot for this vault.</source>
        <translation> Штаб має слот відновлення для цього сховища.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="63"/>
        <source>Enrolled {0} with HQ.</source>
        <translation>{0} зареєстровано у штабі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="70"/>
        <source>Installed HQ: {0}
HQ in this file: {1}</source>
        <translation>Встановлений штаб: {0}
Штаб у цьому файлі: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="72"/>
        <source>This enrolment file is from another HQ than the one this laptop is enrolled with. Only a supervisor can switch this laptop to another HQ.</source>
        <translation>Цей файл реєстрації виданий іншим штабом, ніж той, у якому зареєстровано цей ноутбук. Перевести ноутбук до іншого штабу може лише керівник.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="76"/>
        <source>This enrolment file is from another HQ than the one this laptop is enrolled with. If you switch, every case sent from now on can be opened only by the new HQ. Compare both fingerprints with what HQ told you in person.</source>
        <translation>Цей файл реєстрації виданий іншим штабом, ніж той, у якому зареєстровано цей ноутбук. Якщо ви перейдете, кожну справу, надіслану відтепер, зможе відкрити лише новий штаб. Звірте обидва відбитки з тим, що штаб повідомив вам особисто.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="80"/>
        <source>Switch to the new HQ</source>
        <translation>Перейти до нового штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="87"/>
        <source>Install update package</source>
        <translation>Встановити пакет оновлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="88"/>
        <source>Choose the update package from HQ</source>
        <translation>Виберіть пакет оновлення від штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="93"/>
        <source>Installed update package {0}.</source>
        <translation>Пакет оновлення {0} встановлено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="99"/>
        <source>Choose the HQ key store folder</source>
        <translation>Виберіть теку ключів штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="102"/>
        <source>HQ passphrase:</source>
        <translation>Парольна фраза штабу:</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="112"/>
        <source>Import bundles</source>
        <translation>Імпорт пакетів справ</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="112"/>
        <source>Verify bundles</source>
        <translation>Перевірка пакетів справ</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="113"/>
        <source>Choose bundles</source>
        <translation>Виберіть пакети справ</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="113"/>
        <source>Bundles (*.fdb.age);;All files (*)</source>
        <translation>Пакети справ (*.fdb.age);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="138"/>
        <source>unchanged (already imported)</source>
        <translation>без змін (уже імпортовано)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="137"/>
        <source>imported as version {0}</source>
        <translation>імпортовано як версію {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="139"/>
        <source>a repeat of a bundle already received; nothing changed</source>
        <translation>повтор уже отриманого пакета; нічого не змінилося</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="140"/>
        <source>older than the current version: kept, not made current</source>
        <translation>старіша за поточну версію: збережено, але не зроблено поточною</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="143"/>
        <source>warning: {0}</source>
        <translation>попередження: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="146"/>
        <source>possible duplicate of: {0}</source>
        <translation>можливий дублікат: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="153"/>
        <source>Exports {0} of vault {1} ({2}, {3}) have not arrived: a stick may be lost.</source>
        <translation>Передачі {0} зі сховища {1} ({2}, {3}) не надійшли: можливо, носій втрачено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="160"/>
        <source>{0} of {1} bundle(s) passed every check.</source>
        <translation>{0} з {1} пакетів пройшли всі перевірки.</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="47"/>
        <source>New interview</source>
        <translation>Нова співбесіда</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="59"/>
        <source>(not assessed)</source>
        <translation>(не оцінено)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="60"/>
        <source>Credible</source>
        <translation>Правдоподібно</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="60"/>
        <source>Doubtful</source>
        <translation>Сумнівно</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="61"/>
        <source>Not credible</source>
        <translation>Неправдоподібно</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="66"/>
        <source>Interviewer</source>
        <translation>Інтерв&apos;юер</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="67"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="68"/>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="69"/>
        <source>Assessment</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="70"/>
        <source>Red flags (comma-separated)</source>
        <translation>Тривожні ознаки (через кому)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="71"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="193"/>
        <source>Interview %1: %2 field(s) need attention.</source>
        <translation>Співбесіда %1: полів, що потребують уваги: %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="48"/>
        <source> — DEMO (training data)</source>
        <translation> — ДЕМО (навчальні дані)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="67"/>
        <source>Applicants</source>
        <translation>Заявники</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="72"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="74"/>
        <source>Search: name in Cyrillic or Latin, case number, document number, words…</source>
        <translation>Пошук: ім&apos;я кирилицею чи латиницею, номер справи, номер документа, слова…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76"/>
        <source>All stages</source>
        <translation>Усі етапи</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>All categories</source>
        <translation>Усі категорії</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="80"/>
        <source>Any flags</source>
        <translation>Будь-які позначки</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81"/>
        <source>With flags</source>
        <translation>З позначками</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81"/>
        <source>Without flags</source>
        <translation>Без позначок</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81"/>
        <source>With red flags</source>
        <translation>З червоними позначками</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>&amp;Case</source>
        <translation>&amp;Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>&amp;Administration</source>
        <translation>&amp;Адміністрування</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>&amp;HQ</source>
        <translation>&amp;Штаб</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>&amp;New applicant</source>
        <translation>&amp;Новий заявник</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121"/>
        <source>&amp;Open selected</source>
        <translation>&amp;Відкрити вибрану</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="122"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Друк довідки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123"/>
        <source>Case &amp;file (signed PDF)…</source>
        <translation>&amp;Справа (підписаний PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="124"/>
        <source>Send selected to &amp;HQ…</source>
        <translation>Надіслати вибрані до &amp;штабу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125"/>
        <source>Sent cases and &amp;receipts…</source>
        <translation>Надіслані справи й &amp;підтвердження…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126"/>
        <source>&amp;Find</source>
        <translation>&amp;Пошук</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="128"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>&amp;Users…</source>
        <translation>&amp;Користувачі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131"/>
        <source>&amp;Enrol with HQ…</source>
        <translation>&amp;Реєстрація у штабі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>Install &amp;update package…</source>
        <translation>Встановити пакет &amp;оновлення…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134"/>
        <source>E&amp;rase this vault (panic)…</source>
        <translation>З&amp;нищити це сховище (тривога)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>&amp;Verify bundles…</source>
        <translation>&amp;Перевірити пакети справ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137"/>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Імпортувати пакети справ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197"/>
        <source>Send to HQ</source>
        <translation>Надіслати до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197"/>
        <source>Select the cases to send first.</source>
        <translation>Спочатку виберіть справи для надсилання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>Choose the stick&apos;s folder</source>
        <translation>Виберіть теку на флешці</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234"/>
        <source>%1 applicant(s)</source>
        <translation>Заявників: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234"/>
        <source>%1 match(es)</source>
        <translation>Збігів: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="237"/>
        <source>(%1 shown by the filters)</source>
        <translation>(показано фільтрами: %1)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="16"/>
        <source>Wrong call sign or passphrase.</source>
        <translation>Неправильний позивний або парольна фраза.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17"/>
        <source>The vault is open in another window.</source>
        <translation>Сховище відкрите в іншому вікні.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="18"/>
        <source>No vault at that location. Create one with `dossier init`.</source>
        <translation>За цією адресою сховища немає. Створіть його командою `dossier init`.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="19"/>
        <source>written application text</source>
        <translation>текст письмової заяви</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20"/>
        <source>at least one interview</source>
        <translation>принаймні одна співбесіда</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="21"/>
        <source>at least one background check</source>
        <translation>принаймні одна перевірка</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="22"/>
        <source>a recorded decision</source>
        <translation>ухвалене рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="23"/>
        <source>case file sent to HQ</source>
        <translation>справу надіслано до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="24"/>
        <source>The vault database is damaged or has been altered (a page failed its check). Nothing more was written. Run `dossier check`, restore from a backup and tell HQ.</source>
        <translation>База даних сховища пошкоджена або змінена (сторінка не пройшла перевірку). Більше нічого не записано. Запустіть `dossier check`, відновіть із резервної копії та повідомте штаб.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25"/>
        <source>The disk is full: the change was not saved. Free some space and try again.</source>
        <translation>Диск заповнено: зміну не збережено. Звільніть місце та спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="26"/>
        <source>The disk reported an error: the change was not saved. Check the drive, then run `dossier check`.</source>
        <translation>Диск повідомив про помилку: зміну не збережено. Перевірте накопичувач, потім запустіть `dossier check`.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27"/>
        <source>The vault is busy in another window; try again.</source>
        <translation>Сховище зайняте в іншому вікні; спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="28"/>
        <source>The vault is locked; unlock it and try again.</source>
        <translation>Сховище заблоковано; розблокуйте його та спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29"/>
        <source>No vault at that location; nothing was erased.</source>
        <translation>Там немає сховища; нічого не знищено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="30"/>
        <source>Erase after 3 to 100 failed attempts, or 0 for never.</source>
        <translation>Знищувати після 3–100 невдалих спроб, або 0 — ніколи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="31"/>
        <source>The failed-unlock counter file was deleted.</source>
        <translation>Файл лічильника невдалих спроб розблокування було видалено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="32"/>
        <source>The failed-unlock counter file was damaged or edited.</source>
        <translation>Файл лічильника невдалих спроб розблокування пошкоджено або змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33"/>
        <source>The failed-unlock counter was set back.</source>
        <translation>Лічильник невдалих спроб розблокування було відмотано назад.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="34"/>
        <source>The failed-unlock counter was edited.</source>
        <translation>Лічильник невдалих спроб розблокування було змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35"/>
        <source>The wipe policy in the key file had been changed; the vault&apos;s setting was put back.</source>
        <translation>Правило знищення у файлі ключів було змінено; налаштування сховища відновлено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="36"/>
        <source>The vault&apos;s commit mark is damaged or was altered.</source>
        <translation>Позначку записів сховища пошкоджено або змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="37"/>
        <source>The vault&apos;s commit mark is missing.</source>
        <translation>Позначка записів сховища відсутня.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40"/>
        <source>Too many failed attempts: try again in %1 s.</source>
        <translation>Забагато невдалих спроб: повторіть через %1 с.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41"/>
        <source>%1 check is pending</source>
        <translation>перевірка «%1» очікує</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42"/>
        <source>Wrong call sign or passphrase. %1 attempt(s) left before this vault is erased.</source>
        <translation>Неправильний позивний або парольна фраза. Спроб до знищення сховища залишилося: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="43"/>
        <source>Wrong call sign or passphrase. After %1 failed attempts the vault has been erased, as its wipe policy requires.</source>
        <translation>Неправильний позивний або парольна фраза. Після %1 невдалих спроб сховище знищено, як вимагає його правило.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44"/>
        <source>%1 committed change(s) are missing: the database log was damaged, or the database was replaced by an older copy.</source>
        <translation>Бракує збережених змін: %1. Журнал бази даних пошкоджено, або базу замінено старішою копією.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45"/>
        <source>This computer&apos;s clock (%1 UTC) is earlier than the vault&apos;s last recorded action (%2 UTC). Set the correct date and time: records made now will carry a wrong time.</source>
        <translation>Годинник цього комп’ютера (%1 UTC) показує час, раніший за останню записану дію сховища (%2 UTC). Встановіть правильні дату й час: записи, зроблені зараз, матимуть хибний час.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46"/>
        <source>This computer&apos;s clock (%1 UTC) is more than a year after the vault&apos;s last recorded action (%2). Check the date and time.</source>
        <translation>Годинник цього комп’ютера (%1 UTC) показує більш ніж на рік пізніше за останню записану дію сховища (%2). Перевірте дату й час.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47"/>
        <source>polygraph exam %1 not recorded</source>
        <translation>опитування на поліграфі %1 не внесено</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48"/>
        <source>polygraph exam %1 has no result</source>
        <translation>опитування на поліграфі %1 без висновку</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49"/>
        <source>HQ has revoked your certificate (since %1). This laptop will not sign case files or send them to HQ. Contact HQ.</source>
        <translation>Штаб відкликав ваш сертифікат (з %1). Цей ноутбук не підписуватиме справи й не надсилатиме їх до штабу. Зв&apos;яжіться зі штабом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50"/>
        <source>Your certificate expired on %1. This laptop will not sign case files or send them to HQ until HQ enrols you again.</source>
        <translation>Строк дії вашого сертифіката скінчився %1. Цей ноутбук не підписуватиме справи й не надсилатиме їх до штабу, доки штаб не зареєструє вас знову.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51"/>
        <source>Your certificate expires on %1. Ask HQ to enrol you again before then.</source>
        <translation>Строк дії вашого сертифіката спливає %1. Попросіть штаб зареєструвати вас знову до цієї дати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52"/>
        <source>%1 case(s) written to a stick at least %2 days ago have no receipt from HQ. Check that the stick reached HQ.</source>
        <translation>Справ, записаних на носій щонайменше %2 дн. тому, без підтвердження штабу: %1. Перевірте, чи дійшов носій до штабу.</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <location filename="../../app/ui/dossier/page_viewer.py" line="19"/>
        <location filename="../../app/ui/dossier/page_viewer.py" line="55"/>
        <source>No scanned pages.</source>
        <translation>Сканованих сторінок немає.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/page_viewer.py" line="25"/>
        <source>Previous</source>
        <translation>Попередня</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/page_viewer.py" line="26"/>
        <source>Next</source>
        <translation>Наступна</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/page_viewer.py" line="27"/>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/page_viewer.py" line="27"/>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/page_viewer.py" line="28"/>
        <source>Actual size</source>
        <translation>Справжній розмір</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/page_viewer.py" line="66"/>
        <source>This page is not an image and cannot be shown here.</source>
        <translation>Ця сторінка не є зображенням і не може бути показана тут.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/page_viewer.py" line="67"/>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
</context>
<context>
    <name>Panic</name>
    <message>
        <location filename="../../app/ui/panic.py" line="24"/>
        <source>Erase this vault?</source>
        <translation>Знищити це сховище?</translation>
    </message>
    <message>
        <location filename="../../app/ui/panic.py" line="25"/>
        <source>This destroys the vault&apos;s keys and files on this computer now. Nothing can open it afterwards, not even with the right passphrase, and HQ cannot recover it. Case files already sent to HQ and backups on other media are not touched.</source>
        <translation>Це негайно знищить ключі та файли сховища на цьому комп’ютері. Після цього його не відкриє ніщо, навіть правильна парольна фраза, і штаб не зможе його відновити. Справи, вже надіслані до штабу, та резервні копії на інших носіях не зачіпаються.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panic.py" line="26"/>
        <source>Erase now</source>
        <translation>Знищити зараз</translation>
    </message>
    <message>
        <location filename="../../app/ui/panic.py" line="34"/>
        <location filename="../../app/ui/panic.py" line="38"/>
        <location filename="../../app/ui/panic.py" line="40"/>
        <source>Erase</source>
        <translation>Знищення</translation>
    </message>
    <message>
        <location filename="../../app/ui/panic.py" line="38"/>
        <source>The vault could not be fully erased.</source>
        <translation>Сховище не вдалося знищити повністю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panic.py" line="40"/>
        <source>The vault was erased in %1 s.</source>
        <translation>Сховище знищено за %1 с.</translation>
    </message>
</context>
<context>
    <name>PersonalTab</name>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="34"/>
        <location filename="../../app/ui/dossier/personal_tab.py" line="138"/>
        <source>No photo</source>
        <translation>Фото немає</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="39"/>
        <source>Set photo…</source>
        <translation>Додати фото…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="43"/>
        <source>Names</source>
        <translation>Імена</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="45"/>
        <source>Surname (Cyrillic)</source>
        <translation>Прізвище (кирилицею)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="45"/>
        <source>Given name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="46"/>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="46"/>
        <source>Surname (Latin)</source>
        <translation>Прізвище (латиницею)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="47"/>
        <source>Given name (Latin)</source>
        <translation>Ім&apos;я (латиницею)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="48"/>
        <source>Patronymic (Latin)</source>
        <translation>По батькові (латиницею)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="60"/>
        <source>Aliases (comma-separated)</source>
        <translation>Інші імена (через кому)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="61"/>
        <source>Call sign</source>
        <translation>Позивний</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="63"/>
        <source>Identity</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="72"/>
        <source>Serving soldier</source>
        <translation>Військовослужбовець</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="73"/>
        <source>Prisoner of war</source>
        <translation>Військовополонений</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="74"/>
        <source>Civilian</source>
        <translation>Цивільний</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="74"/>
        <location filename="../../app/ui/dossier/personal_tab.py" line="94"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="78"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="79"/>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="80"/>
        <source>Citizenships</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="81"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="82"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="83"/>
        <source>How contact was made</source>
        <translation>Як встановлено контакт</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="89"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="89"/>
        <source>Remove selected</source>
        <translation>Вилучити вибране</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="91"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="92"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="92"/>
        <source>Internal passport</source>
        <translation>Внутрішній паспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="93"/>
        <source>Military ID</source>
        <translation>Військовий квиток</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="93"/>
        <source>Birth certificate</source>
        <translation>Свідоцтво про народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="95"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="95"/>
        <source>Issuer</source>
        <translation>Ким видано</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="96"/>
        <source>Issued</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="96"/>
        <source>Expires</source>
        <translation>Дійсний до</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="98"/>
        <source>Unit</source>
        <translation>Частина</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="98"/>
        <source>Rank</source>
        <translation>Звання</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="98"/>
        <source>Branch</source>
        <translation>Рід військ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="99"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="99"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="101"/>
        <source>Relation</source>
        <translation>Ступінь спорідненості</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="101"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="102"/>
        <source>Born</source>
        <translation>Народився</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="102"/>
        <source>Lives in</source>
        <translation>Проживає</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="103"/>
        <source>Hostile/occupied territory</source>
        <translation>Ворожа/окупована територія</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="104"/>
        <source>Contact</source>
        <translation>Зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="115"/>
        <source>Identity documents</source>
        <translation>Документи, що посвідчують особу</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="116"/>
        <source>Military record</source>
        <translation>Військова служба</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="117"/>
        <source>Relatives and contacts</source>
        <translation>Родичі та контакти</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="144"/>
        <source>Save the applicant first.</source>
        <translation>Спершу збережіть заявника.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="187"/>
        <source>Required.</source>
        <translation>Обов&apos;язково.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="188"/>
        <source>Surname and given name are required.</source>
        <translation>Прізвище та ім&apos;я обов&apos;язкові.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="190"/>
        <source>Use a date as YYYY-MM-DD.</source>
        <translation>Вкажіть дату у форматі РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="191"/>
        <source>The date of birth is not a valid date.</source>
        <translation>Дата народження некоректна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="194"/>
        <source>Use country codes such as UA, RU.</source>
        <translation>Вкажіть коди країн, наприклад UA, RU.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="195"/>
        <source>Citizenships must be country codes.</source>
        <translation>Громадянство вказується кодами країн.</translation>
    </message>
</context>
<context>
    <name>PipelineBar</name>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="18"/>
        <source>Application</source>
        <translation>Заява</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="18"/>
        <source>Interview</source>
        <translation>Співбесіда</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="19"/>
        <source>Background checks</source>
        <translation>Перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="19"/>
        <source>Polygraph 1</source>
        <translation>Поліграф 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="20"/>
        <source>Polygraph 2</source>
        <translation>Поліграф 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="20"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="21"/>
        <source>Sent to HQ</source>
        <translation>Надіслано до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="52"/>
        <source>Complete</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="56"/>
        <source>Still missing for %1: %2</source>
        <translation>Ще бракує для етапу «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="59"/>
        <source>All steps are complete.</source>
        <translation>Усі етапи виконано.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../app/ui/messages.py" line="96"/>
        <source>same given name</source>
        <translation>те саме ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97"/>
        <source>same date of birth</source>
        <translation>та сама дата народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="98"/>
        <source>date of birth with digits transposed</source>
        <translation>дата народження з переставленими цифрами</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="99"/>
        <source>date of birth one digit apart</source>
        <translation>дата народження відрізняється однією цифрою</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="100"/>
        <source>different date of birth</source>
        <translation>інша дата народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="101"/>
        <source>same document number</source>
        <translation>той самий номер документа</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="102"/>
        <source>same place of birth</source>
        <translation>те саме місце народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="103"/>
        <source>different sex</source>
        <translation>інша стать</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="106"/>
        <source>surname %1 alike</source>
        <translation>прізвища схожі на %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="107"/>
        <source>given name %1 alike</source>
        <translation>імена схожі на %1</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <location filename="../../app/ui/dossier/score_grid.py" line="24"/>
        <source>Pneumo</source>
        <translation>Пневмо</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/score_grid.py" line="24"/>
        <source>EDA</source>
        <translation>ЕДА</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/score_grid.py" line="24"/>
        <source>Cardio</source>
        <translation>Кардіо</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/score_grid.py" line="46"/>
        <source>Chart %1 · %2</source>
        <translation>Пред&apos;явлення %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/score_grid.py" line="84"/>
        <source>Chart %1, %2: scores run from %3 to %4.</source>
        <translation>Пред&apos;явлення %1, %2: оцінки від %3 до %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/score_grid.py" line="97"/>
        <source>Grand total: %1</source>
        <translation>Загальна сума: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/score_grid.py" line="100"/>
        <source>(%1 cells not scored)</source>
        <translation>(не оцінено клітинок: %1)</translation>
    </message>
</context>
<context>
    <name>SealBar</name>
    <message>
        <location filename="../../app/ui/dossier/seal_bar.py" line="19"/>
        <source>Seal…</source>
        <translation>Скріпити…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/seal_bar.py" line="20"/>
        <source>Amend…</source>
        <translation>Поправка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/seal_bar.py" line="37"/>
        <source>Sealed by %1 at %2 (UTC); read-only.</source>
        <translation>Скріпив %1 о %2 (UTC); лише для читання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/seal_bar.py" line="39"/>
        <source>%1 amendment(s).</source>
        <translation>Поправок: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/seal_bar.py" line="41"/>
        <source>Amending a sealed record: the original is kept.</source>
        <translation>Поправка до скріпленого запису: оригінал зберігається.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/seal_bar.py" line="43"/>
        <source>Draft: its author seals it when complete.</source>
        <translation>Чернетка: автор скріплює її, коли вона завершена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/seal_bar.py" line="48"/>
        <source>Only the record&apos;s author (%1) can seal it.</source>
        <translation>Скріпити запис може лише його автор (%1).</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="49"/>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Щось пішло не так; подробиці в журналі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="57"/>
        <source>Send to HQ</source>
        <translation>Надіслати до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="62"/>
        <source>Writing {0} case(s) to {1}…</source>
        <translation>Запис справ ({0}) до {1}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="79"/>
        <source>{0} of {1} bundles written and verified.</source>
        <translation>Записано й перевірено {0} з {1} пакетів.</translation>
    </message>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="86"/>
        <source>Stopping after the current case…</source>
        <translation>Зупинка після поточної справи…</translation>
    </message>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="98"/>
        <source>Cancelled: {0} of {1} case(s) were sent; each of them is complete.</source>
        <translation>Скасовано: надіслано {0} з {1} справ; кожна з них повна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="101"/>
        <source>{0} case(s) sent to HQ. Each bundle was read back and checked.</source>
        <translation>Надіслано до штабу справ: {0}. Кожен пакет прочитано назад і перевірено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="108"/>
        <source>Stopped: {0}
{1} case(s) had been sent before that; nothing partial was left.</source>
        <translation>Зупинено: {0}
До того було надіслано справ: {1}; неповних файлів не залишилося.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="19"/>
        <location filename="../../app/ui/settings_dialog.py" line="55"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="23"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="27"/>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="34"/>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="35"/>
        <source> failed unlocks</source>
        <translation> невдалих спроб</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="38"/>
        <source>Erase the vault after this many failed unlocks in a row (for the whole vault, all users). The unlock screen warns from 3 attempts before the limit.</source>
        <translation>Знищити сховище після стількох невдалих спроб розблокування поспіль (для всього сховища, усіх користувачів). Екран розблокування попереджає за 3 спроби до межі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41"/>
        <source>Lock after idle time</source>
        <translation>Блокувати після бездіяльності</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="44"/>
        <source>Erase the vault after</source>
        <translation>Знищити сховище після</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="38"/>
        <source>Set up Field Dossier</source>
        <translation>Налаштування Field Dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="40"/>
        <source>Welcome</source>
        <translation>Вітаємо</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="41"/>
        <source>Create the vault for my post</source>
        <translation>Створити сховище для мого пункту</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="43"/>
        <source>Open a training vault with made-up applicants (marked DEMO)</source>
        <translation>Відкрити навчальне сховище з вигаданими заявниками (позначка ДЕМО)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="46"/>
        <source>Everything you record is kept encrypted on this laptop. The training vault is a separate folder and never mixes with real cases.</source>
        <translation>Усе, що ви записуєте, зберігається на цьому ноутбуці в зашифрованому вигляді. Навчальне сховище — окрема тека, яка ніколи не змішується зі справжніми справами.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="38"/>
        <location filename="../../app/ui/unlock_dialog.py" line="87"/>
        <source>Unlock Field Dossier</source>
        <translation>Розблокувати Field Dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="45"/>
        <source>Caps Lock is on.</source>
        <translation>Увімкнено Caps Lock.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="48"/>
        <source>Open the training vault (DEMO)</source>
        <translation>Відкрити навчальне сховище (ДЕМО)</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="58"/>
        <location filename="../../app/ui/unlock_dialog.py" line="114"/>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="59"/>
        <source>Erase vault…</source>
        <translation>Знищити сховище…</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="67"/>
        <location filename="../../app/ui/unlock_dialog.py" line="71"/>
        <source>Call sign</source>
        <translation>Позивний</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="68"/>
        <location filename="../../app/ui/unlock_dialog.py" line="71"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="86"/>
        <source>Unlock the training vault (DEMO)</source>
        <translation>Розблокувати навчальне сховище (ДЕМО)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/unlock_dialog.py" line="105"/>
        <source>Careful: this vault is erased after %n more failed attempt(s).</source>
        <translation>
            <numerusform>Обережно: сховище буде знищено ще після %n невдалої спроби.</numerusform>
            <numerusform>Обережно: сховище буде знищено ще після %n невдалих спроб.</numerusform>
            <numerusform>Обережно: сховище буде знищено ще після %n невдалих спроб.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/unlock_dialog.py" line="110"/>
        <source>Wait %n s</source>
        <translation>
            <numerusform>Зачекайте %n с</numerusform>
            <numerusform>Зачекайте %n с</numerusform>
            <numerusform>Зачекайте %n с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="120"/>
        <source>Enter your call sign and passphrase.</source>
        <translation>Введіть позивний і парольну фразу.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="33"/>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="34"/>
        <source>Officer</source>
        <translation>Офіцер</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="34"/>
        <source>Examiner</source>
        <translation>Поліграфолог</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="35"/>
        <source>Supervisor</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="38"/>
        <location filename="../../app/ui/users_dialog.py" line="53"/>
        <source>Call sign</source>
        <translation>Позивний</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="38"/>
        <location filename="../../app/ui/users_dialog.py" line="54"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="38"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="55"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="56"/>
        <source>Passphrase again</source>
        <translation>Парольна фраза ще раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="57"/>
        <source>Add user</source>
        <translation>Додати користувача</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="58"/>
        <source>Remove selected</source>
        <translation>Вилучити вибране</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="59"/>
        <source>Give selected the role above</source>
        <translation>Надати вибраному роль, указану вище</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="60"/>
        <source>Change my passphrase</source>
        <translation>Змінити мою парольну фразу</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="85"/>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="85"/>
        <source>removed</source>
        <translation>вилучений</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="95"/>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="100"/>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="114"/>
        <source>User added.</source>
        <translation>Користувача додано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="118"/>
        <source>Remove user</source>
        <translation>Вилучити користувача</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="119"/>
        <source>Remove %1? They will no longer be able to unlock this vault.</source>
        <translation>Вилучити %1? Цей користувач більше не зможе розблокувати сховище.</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="120"/>
        <source>User removed.</source>
        <translation>Користувача вилучено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="125"/>
        <source>Role changed.</source>
        <translation>Роль змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="130"/>
        <source>Your passphrase was changed.</source>
        <translation>Вашу парольну фразу змінено.</translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="78"/>
        <source>Your post and your key</source>
        <translation>Ваш пункт і ваш ключ</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="79"/>
        <source>You will be the first user, with the supervisor role.</source>
        <translation>Ви будете першим користувачем, з роллю керівника.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="87"/>
        <source>Supervisor</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="98"/>
        <source>Post code</source>
        <translation>Код пункту</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="98"/>
        <source>Your call sign</source>
        <translation>Ваш позивний</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="99"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="99"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="100"/>
        <source>Passphrase again</source>
        <translation>Парольна фраза ще раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="114"/>
        <source>strong enough</source>
        <translation>достатньо надійна</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="114"/>
        <source>too weak</source>
        <translation>занадто слабка</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="124"/>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
</context>
</TS>
