<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="17"/>
        <source>Qt for Python: the windows</source>
        <translation>Qt для Python: вікна програми</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="18"/>
        <source>SQLCipher: the encrypted vault</source>
        <translation>SQLCipher: зашифроване сховище</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="19"/>
        <source>keys, AES-GCM, certificates</source>
        <translation>ключі, AES-GCM, сертифікати</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="20"/>
        <source>Argon2id key derivation</source>
        <translation>виведення ключа Argon2id</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="21"/>
        <source>age encryption of bundles</source>
        <translation>шифрування пакетів age</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="22"/>
        <source>case file PDF</source>
        <translation>PDF справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="23"/>
        <source>PDF signatures (PAdES)</source>
        <translation>підписи PDF (PAdES)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="24"/>
        <source>case file preview (PDFium)</source>
        <translation>перегляд справи (PDFium)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="25"/>
        <source>QR codes</source>
        <translation>QR-коди</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="26"/>
        <location filename="../../app/ui/about_dialog.py" line="27"/>
        <source>vault migrations</source>
        <translation>оновлення структури сховища</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="28"/>
        <source>passphrase strength</source>
        <translation>надійність парольної фрази</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="29"/>
        <source>name matching</source>
        <translation>зіставлення імен</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="30"/>
        <source>Russian transliteration</source>
        <translation>транслітерація з російської</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="31"/>
        <source>Ukrainian transliteration</source>
        <translation>транслітерація з української</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="32"/>
        <source>interchange checks</source>
        <translation>перевірка файлів обміну</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="33"/>
        <source>attachment types</source>
        <translation>типи вкладень</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="34"/>
        <source>folders</source>
        <translation>теки</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="35"/>
        <source>training data</source>
        <translation>навчальні дані</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="49"/>
        <source>About Field Dossier</source>
        <translation>Про Field Dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="51"/>
        <source>Offline, encrypted case management for vetting volunteers. Works without any network.</source>
        <translation>Зашифроване ведення справ для перевірки добровольців. Працює без жодної мережі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="52"/>
        <source>Qt %1, PySide6 %2.</source>
        <translation>Qt %1, PySide6 %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="57"/>
        <source>case files</source>
        <translation>справи у PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="66"/>
        <source>Components and their licences:</source>
        <translation>Складові та їхні ліцензії:</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/messages.py" line="32"/>
        <source>open a case</source>
        <translation>відкривати справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33"/>
        <source>add a case</source>
        <translation>додавати справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="34"/>
        <source>change a case&apos;s person, application, interviews or checks</source>
        <translation>змінювати в справі особу, заяву, співбесіди чи перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35"/>
        <source>record or change a polygraph exam</source>
        <translation>вносити чи змінювати опитування на поліграфі</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="36"/>
        <source>attach a file</source>
        <translation>додавати вкладення</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="37"/>
        <source>seal an interview</source>
        <translation>скріплювати співбесіду</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38"/>
        <source>seal a check</source>
        <translation>скріплювати перевірку</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="39"/>
        <source>seal a polygraph exam</source>
        <translation>скріплювати опитування на поліграфі</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40"/>
        <source>waive a check</source>
        <translation>звільняти від перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41"/>
        <source>record or change the decision</source>
        <translation>ухвалювати чи змінювати рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42"/>
        <source>seal the decision</source>
        <translation>скріплювати рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="43"/>
        <source>amend a sealed record</source>
        <translation>вносити поправки до скріпленого запису</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44"/>
        <source>change the person or application once the decision is sealed</source>
        <translation>змінювати особу чи заяву після скріплення рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45"/>
        <source>delete a case</source>
        <translation>видаляти справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46"/>
        <source>decide on duplicates</source>
        <translation>вирішувати щодо дублікатів</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47"/>
        <source>send cases to HQ</source>
        <translation>надсилати справи до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48"/>
        <source>import bundles from the field</source>
        <translation>імпортувати пакети справ із пунктів</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49"/>
        <source>install update packages</source>
        <translation>встановлювати пакети оновлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50"/>
        <source>import the watchlist</source>
        <translation>імпортувати список спостереження</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51"/>
        <source>manage users and the vault&apos;s policy</source>
        <translation>керувати користувачами та політикою сховища</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52"/>
        <source>make backups</source>
        <translation>створювати резервні копії</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="53"/>
        <source>add demo data</source>
        <translation>додавати демонстраційні дані</translation>
    </message>
</context>
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
        <location filename="../../app/ui/controller.py" line="112"/>
        <source>Check this before you continue</source>
        <translation>Перевірте це, перш ніж продовжити</translation>
    </message>
    <message>
        <location filename="../../app/ui/controller.py" line="115"/>
        <source>Please note</source>
        <translation>Зверніть увагу</translation>
    </message>
    <message>
        <location filename="../../app/ui/controller.py" line="148"/>
        <source>Cannot open</source>
        <translation>Не вдається відкрити</translation>
    </message>
</context>
<context>
    <name>ApplicantTableModel</name>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="50"/>
        <source>Application</source>
        <translation>Заява</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="51"/>
        <source>Interview</source>
        <translation>Співбесіда</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="52"/>
        <source>Background checks</source>
        <translation>Перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="53"/>
        <source>Polygraph</source>
        <translation>Поліграф</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="54"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="55"/>
        <source>To send to HQ</source>
        <translation>Надіслати до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="56"/>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="59"/>
        <source>Serving soldier</source>
        <translation>Військовослужбовець</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="60"/>
        <source>Prisoner of war</source>
        <translation>Військовополонений</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="61"/>
        <source>Civilian</source>
        <translation>Цивільний</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="62"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="66"/>
        <source>Accepted by HQ</source>
        <translation>Прийнято штабом</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="67"/>
        <source>Rejected by HQ</source>
        <translation>Відмовлено штабом</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="68"/>
        <source>HQ asks: interview</source>
        <translation>Штаб просить: співбесіда</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="69"/>
        <source>HQ asks: polygraph</source>
        <translation>Штаб просить: поліграф</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="70"/>
        <source>HQ asks: check</source>
        <translation>Штаб просить: перевірка</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="82"/>
        <source>Case number</source>
        <translation>Номер справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="82"/>
        <source>Name (Cyrillic)</source>
        <translation>Ім&apos;я (кирилицею)</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="82"/>
        <source>Name (Latin)</source>
        <translation>Ім&apos;я (латиницею)</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="83"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="83"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="83"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="83"/>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="84"/>
        <source>Last change</source>
        <translation>Остання зміна</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="84"/>
        <source>Why it matched</source>
        <translation>Чому знайдено</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="84"/>
        <source>Post</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="84"/>
        <source>Officer</source>
        <translation>Офіцер</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="85"/>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="85"/>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="85"/>
        <source>HQ status</source>
        <translation>Статус у штабі</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="103"/>
        <source>%1 red</source>
        <translation>червоних: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="103"/>
        <source>%1 amber</source>
        <translation>жовтих: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="205"/>
        <source>red</source>
        <translation>червона</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="205"/>
        <source>amber</source>
        <translation>жовта</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="205"/>
        <source>info</source>
        <translation>довідкова</translation>
    </message>
    <message>
        <location filename="../../app/ui/applicant_model.py" line="225"/>
        <source>Polygraph %1</source>
        <translation>Поліграф %1</translation>
    </message>
</context>
<context>
    <name>ApplicationTab</name>
    <message>
        <location filename="../../app/ui/dossier/application_tab.py" line="30"/>
        <source>Signed by the applicant</source>
        <translation>Підписано заявником</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/application_tab.py" line="34"/>
        <source>Received on</source>
        <translation>Дата отримання</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/application_tab.py" line="36"/>
        <source>Application text</source>
        <translation>Текст заяви</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/application_tab.py" line="38"/>
        <source>Add scanned pages…</source>
        <translation>Додати скановані сторінки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/application_tab.py" line="63"/>
        <source>Save the applicant first (Ctrl+S), then add the scanned pages.</source>
        <translation>Спершу збережіть заявника (Ctrl+S), потім додайте скановані сторінки.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/application_tab.py" line="90"/>
        <source>The date received is not a valid date.</source>
        <translation>Дата отримання некоректна.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="40"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="40"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="40"/>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="40"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="44"/>
        <source>Select an image to preview it.</source>
        <translation>Виберіть зображення для перегляду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="46"/>
        <source>Add files…</source>
        <translation>Додати файли…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="66"/>
        <source>Or drop files here. Limit: %1 MiB per file.</source>
        <translation>Або перетягніть файли сюди. Обмеження: %1 МіБ на файл.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="68"/>
        <source>Save the applicant first (Ctrl+S), then add files.</source>
        <translation>Спершу збережіть заявника (Ctrl+S), потім додайте файли.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="80"/>
        <source>No preview for this file type.</source>
        <translation>Для цього типу файлу перегляд недоступний.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="88"/>
        <source>Add attachments</source>
        <translation>Додати вкладення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="96"/>
        <source>%1 is larger than the %2 MiB limit.</source>
        <translation>%1 перевищує обмеження %2 МіБ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="100"/>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="104"/>
        <source>Attachment</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/attachments_tab.py" line="100"/>
        <source>%1 could not be read.</source>
        <translation>Не вдалося прочитати %1.</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="701"/>
        <source>%1 failed unlock attempt(s) before this login</source>
        <translation>невдалих спроб розблокування перед цим входом: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="702"/>
        <source>key rotation finished at login after an interruption</source>
        <translation>заміну ключа даних завершено під час входу після переривання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="703"/>
        <source>%1 as %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="704"/>
        <source>%1 to %2</source>
        <translation>%1: тепер %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="705"/>
        <source>erase after %1 failed unlocks</source>
        <translation>стерти після %1 невдалих спроб розблокування</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="706"/>
        <source>never erase</source>
        <translation>ніколи не стирати</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="707"/>
        <source>new data key for %1 key slot(s)</source>
        <translation>новий ключ даних для слотів ключів: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="708"/>
        <source>post %1</source>
        <translation>пункт %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="709"/>
        <source>%1 given a supervisor slot</source>
        <translation>%1 отримує слот керівника</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="710"/>
        <source>%1 applicants</source>
        <translation>кандидатів: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="711"/>
        <source>restored from backup (%1 applicants)</source>
        <translation>відновлено з резервної копії (кандидатів: %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="712"/>
        <source>self-signed (not enrolled)</source>
        <translation>самопідписаний (не зареєстровано)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="713"/>
        <source>with HQ recovery slot</source>
        <translation>зі слотом відновлення для штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="714"/>
        <source>station code %1 from HQ</source>
        <translation>код станції %1 від штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="715"/>
        <source>from %1 to %2</source>
        <translation>з %1 на %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="716"/>
        <source>package %1: %2 file(s)</source>
        <translation>пакет %1: файлів — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="717"/>
        <source>package %1: %2 file(s) and a watchlist</source>
        <translation>пакет %1: файлів — %2, і список спостереження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="718"/>
        <source>%1; HQ acknowledged %2 export(s)</source>
        <translation>%1; штаб підтвердив отримання надсилань: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="719"/>
        <source>%1; %2 HQ decision(s) or request(s)</source>
        <translation>%1; рішень або запитів штабу: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="720"/>
        <source>%1; %2 for cases not held here, refused</source>
        <translation>%1; відхилено для справ, яких тут немає: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="721"/>
        <source>number %1, %2 revoked certificate(s)</source>
        <translation>номер %1, відкликаних сертифікатів: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="722"/>
        <source>%1 entries, %2 cases hit</source>
        <translation>записів: %1, збігів у справах: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="723"/>
        <source>case id %1, decision: %2, reason: %3</source>
        <translation>ідентифікатор справи %1, рішення: %2, причина: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="724"/>
        <source>case id %1, no decision, reason: %2</source>
        <translation>ідентифікатор справи %1, без рішення, причина: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="725"/>
        <source>%1 %2</source>
        <translation>%1: %2 міс.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="726"/>
        <source>keep every case</source>
        <translation>зберігати всі справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="727"/>
        <source>%1 (%2)</source>
        <translation>%1 (джерело: %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="728"/>
        <source>set by a supervisor</source>
        <translation>встановив керівник</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="729"/>
        <source>update package %1</source>
        <translation>пакет оновлення %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="730"/>
        <source>%1 case(s) deleted</source>
        <translation>видалено справ: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="731"/>
        <source>%1 case(s) deleted, including cases HQ has not acknowledged</source>
        <translation>видалено справ: %1, зокрема тих, отримання яких штаб не підтвердив</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="732"/>
        <source>from %1 (%2) to %3 (%4)</source>
        <translation>від %1 (%2) до %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="733"/>
        <source>from %1 (%2) to %3 (%4), signed by %5</source>
        <translation>від %1 (%2) до %3 (%4), підписав %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="734"/>
        <source>export %1 of vault %2</source>
        <translation>надсилання %1 зі сховища %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="735"/>
        <source>retention: %1, %2 month(s) after the decision</source>
        <translation>зберігання: %1, %2 міс. після рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="736"/>
        <source>retention: %1, %2 month(s) after HQ&apos;s receipt</source>
        <translation>зберігання: %1, %2 міс. після квитанції штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="737"/>
        <source>export %1, bundle sha256 %2</source>
        <translation>експорт %1, пакет sha256 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="738"/>
        <source>bundle sha256 %1</source>
        <translation>пакет sha256 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="739"/>
        <source>%1 notice(s) written</source>
        <translation>записано повідомлень: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="740"/>
        <source>version %1 from %2 (%3), case id %4</source>
        <translation>версія %1 від %2 (%3), ідентифікатор справи %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="741"/>
        <source>%1; %2 warning(s): %3</source>
        <translation>%1; попереджень: %2 — %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="742"/>
        <source>the case now carries number %1, held here by another case</source>
        <translation>справа тепер має номер %1, який тут належить іншій справі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="743"/>
        <source>number %1 is held here by a different case; this one is kept as %2</source>
        <translation>номер %1 тут належить іншій справі; цю справу збережено як %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="744"/>
        <source>two laptops of post %1 number cases with station code %2 (see %3); their numbers may repeat, cases stay apart by case id: enrol one of them again</source>
        <translation>два ноутбуки пункту %1 нумерують справи з тим самим кодом станції %2 (див. %3); номери можуть повторюватися, а справи розрізняються за ідентифікатором: зареєструйте один із ноутбуків заново</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="745"/>
        <source>from %1 to %2: %3</source>
        <translation>від %1 до %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="746"/>
        <source>from %1 to %2: from post %3 to post %4, re-issued by HQ %5 (carrier %6, the case signed by %7): %8</source>
        <translation>від %1 до %2: з пункту %3 до пункту %4, переоформлено штабом %5 (файл переоформлення %6, справу підписав %7): %8</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="747"/>
        <source>from %1 (%2) to %3 (%4) through HQ: %5</source>
        <translation>від %1 (%2) до %3 (%4) через штаб: %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="748"/>
        <source>to %1 (%2), carrier %3</source>
        <translation>до %1 (%2), файл переоформлення %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="749"/>
        <source>pdf sha256 %1</source>
        <translation>PDF sha256 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="750"/>
        <source>%1: %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="751"/>
        <source>%1 (by %2, package %3)</source>
        <translation>%1 (ухвалив %2, пакет оновлення %3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="752"/>
        <source>case id %1 deleted at post %2, signed by %3; reason: %4</source>
        <translation>справу з ідентифікатором %1 видалено на пункті %2, підписав %3; причина: %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="753"/>
        <source>imported from a document as drafts</source>
        <translation>імпортовано з документа як чернетки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="754"/>
        <source>imported from a document as drafts; not taken over: %1</source>
        <translation>імпортовано з документа як чернетки; не перенесено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="755"/>
        <source>%1 seal(s)</source>
        <translation>скріплень: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="756"/>
        <source>%1 amendment(s)</source>
        <translation>поправок: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="757"/>
        <source>%1 waiver(s)</source>
        <translation>звільнень від перевірки: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="758"/>
        <source>the decision (%1)</source>
        <translation>рішення (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="759"/>
        <source>the sent-to-HQ time</source>
        <translation>час надсилання до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="760"/>
        <source>%1 author name(s) that are not users here (kept, marked external)</source>
        <translation>імен авторів, яких немає серед користувачів цього сховища: %1 (збережено з позначкою «зовнішній»)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="761"/>
        <source>%1 polygraph exam(s) (recorded by examiners)</source>
        <translation>поліграфних досліджень: %1 (їх записують поліграфологи)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="762"/>
        <source>minutes without input before the vault locks</source>
        <translation>хвилини бездіяльності до блокування сховища</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="763"/>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="764"/>
        <source>language of printouts</source>
        <translation>мова друкованих документів</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="765"/>
        <source>days before an unacknowledged export is late</source>
        <translation>дні, після яких непідтверджене надсилання вважається запізнілим</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="766"/>
        <source>the list&apos;s columns, sort and filters</source>
        <translation>стовпці, сортування й фільтри списку</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/audit_dialog.py" line="50"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py" line="51"/>
        <source>When (UTC)</source>
        <translation>Коли (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py" line="52"/>
        <location filename="../../app/ui/audit_dialog.py" line="167"/>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py" line="53"/>
        <location filename="../../app/ui/audit_dialog.py" line="168"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py" line="54"/>
        <location filename="../../app/ui/audit_dialog.py" line="169"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py" line="55"/>
        <source>Detail</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py" line="120"/>
        <source>Audit log</source>
        <translation>Журнал аудиту</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py" line="128"/>
        <source>The log is intact: {0} entries, every link verified.</source>
        <translation>Журнал цілий: записів — {0}, кожну ланку перевірено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py" line="132"/>
        <source>The log has been tampered with or damaged: {0}</source>
        <translation>Журнал підроблено або пошкоджено: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py" line="149"/>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py" line="154"/>
        <source>Every action</source>
        <translation>Усі дії</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py" line="159"/>
        <source>Case number</source>
        <translation>Номер справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py" line="176"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py" line="177"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py" line="210"/>
        <source>{0} of {1} entries shown</source>
        <translation>Показано записів: {0} з {1}</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="900"/>
        <source>page %1 of %2</source>
        <translation>сторінка %1 з %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="901"/>
        <source>Case %1</source>
        <translation>Справа %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="902"/>
        <source>record SHA-256 %1</source>
        <translation>SHA-256 запису %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="903"/>
        <source>(%1; check: dossier verify-paper)</source>
        <translation>(%1; перевірка: dossier verify-paper)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="904"/>
        <source>RESTRICTED — VETTING CASE</source>
        <translation>ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ — СПРАВА ПЕРЕВІРКИ</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="905"/>
        <source>DEMO — TRAINING DATA, NOT A REAL CASE</source>
        <translation>ДЕМО — НАВЧАЛЬНІ ДАНІ, НЕ СПРАВЖНЯ СПРАВА</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="906"/>
        <source>enrolled officer certificate (HQ CA)</source>
        <translation>сертифікат зареєстрованого офіцера (УЦ штабу)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="907"/>
        <source>NOT ENROLLED — self-signed certificate</source>
        <translation>НЕ ЗАРЕЄСТРОВАНО — самопідписаний сертифікат</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="908"/>
        <source>(in full in the Decision section)</source>
        <translation>(повністю — у розділі «Рішення»)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="909"/>
        <source>Case id</source>
        <translation>Ідентифікатор справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="910"/>
        <source>Former numbers</source>
        <translation>Попередні номери</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="911"/>
        <source>Name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="912"/>
        <source>Latin</source>
        <translation>Латиницею</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="913"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="914"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="915"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="916"/>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="917"/>
        <source>Sealed records</source>
        <translation>Скріплені записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="918"/>
        <source>Prepared by</source>
        <translation>Підготував</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="919"/>
        <source>%1, post %2</source>
        <translation>%1, пункт %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="920"/>
        <source>Prepared at</source>
        <translation>Дата підготовки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="921"/>
        <source>NOT ENROLLED</source>
        <translation>НЕ ЗАРЕЄСТРОВАНО</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="922"/>
        <source>Vetting case file</source>
        <translation>Справа перевірки кандидата</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="923"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="924"/>
        <source>Call sign</source>
        <translation>Позивний</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="925"/>
        <source>Post</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="926"/>
        <source>Date (UTC)</source>
        <translation>Дата (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="927"/>
        <source>Certificate</source>
        <translation>Сертифікат</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="928"/>
        <source>NOT ENROLLED: this file is signed with a self-signed certificate. HQ cannot tell who signed it; enrol this laptop with HQ.</source>
        <translation>НЕ ЗАРЕЄСТРОВАНО: файл підписано самопідписаним сертифікатом. Штаб не може встановити, хто його підписав; зареєструйте цей ноутбук у штабі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="929"/>
        <source>Signature</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="930"/>
        <source>%1 (external)</source>
        <translation>%1 (зовнішній)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="931"/>
        <source>Surname / given / patronymic</source>
        <translation>Прізвище, ім&apos;я, по батькові</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="932"/>
        <source>Aliases</source>
        <translation>Інші імена</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="933"/>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="934"/>
        <source>Citizenships</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="935"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="936"/>
        <source>Contact method</source>
        <translation>Спосіб зв&apos;язку</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="937"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="938"/>
        <source>Scanned page %1 (SHA-256 %2)</source>
        <translation>Сканована сторінка %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="939"/>
        <source>File name</source>
        <translation>Назва файлу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="940"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="941"/>
        <source>Bytes</source>
        <translation>Байтів</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="942"/>
        <source>%1 (in full, %2 characters)</source>
        <translation>%1 (повністю, символів: %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="943"/>
        <source>Sealed by %1 at %2</source>
        <translation>Скріпив %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="944"/>
        <source>Received at HQ in a bundle signed by %1 (%2), certificate %3, version %4</source>
        <translation>Отримано в штабі в пакеті, підписаному %1 (%2), сертифікат %3, версія %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="945"/>
        <source>Amended by %1 at %2: %3</source>
        <translation>Поправку вніс %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="946"/>
        <source>Personal data</source>
        <translation>Особові дані</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="947"/>
        <source>Written application</source>
        <translation>Письмова заява</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="948"/>
        <source>No written application on file.</source>
        <translation>Письмової заяви немає.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="949"/>
        <source>Interviews</source>
        <translation>Співбесіди</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="950"/>
        <source>No interviews recorded.</source>
        <translation>Співбесід не записано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="951"/>
        <source>form version %1</source>
        <translation>версія форми %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="952"/>
        <source>Background checks</source>
        <translation>Перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="953"/>
        <source>No checks recorded.</source>
        <translation>Перевірок не записано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="954"/>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="955"/>
        <source>Requested</source>
        <translation>Дата запиту</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="956"/>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="957"/>
        <source>Reference</source>
        <translation>Реєстр. номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="896"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="871"/>
        <source>%1, version %2</source>
        <translation>%1, версія %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="872"/>
        <source>Started (UTC)</source>
        <translation>Початок (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="873"/>
        <source>Finished (UTC)</source>
        <translation>Завершення (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="874"/>
        <source>Imported by</source>
        <translation>Імпортував</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="875"/>
        <source>Bundles</source>
        <translation>Пакетів справ</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="876"/>
        <source>New cases</source>
        <translation>Нові справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="877"/>
        <source>New versions</source>
        <translation>Нові версії</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="878"/>
        <source>Repeats</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="879"/>
        <source>Older, kept</source>
        <translation>Старіші, збережено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="880"/>
        <source>Refused</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="881"/>
        <source>page %1</source>
        <translation>сторінка %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="882"/>
        <source>Import of bundles</source>
        <translation>Імпорт пакетів справ</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="883"/>
        <source>new case</source>
        <translation>нова справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="884"/>
        <source>new version</source>
        <translation>нова версія</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="885"/>
        <source>repeat</source>
        <translation>повтор</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="886"/>
        <source>older, kept</source>
        <translation>старіша, збережено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="887"/>
        <source>refused</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="888"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="889"/>
        <source>%1 bundle(s) not imported</source>
        <translation>не імпортовано пакетів: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="890"/>
        <source>Refused bundles</source>
        <translation>Відхилені пакети</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="891"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="892"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="893"/>
        <source>Check that failed</source>
        <translation>Перевірка, яку не пройдено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="894"/>
        <source>What it means</source>
        <translation>Що це означає</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="895"/>
        <source>Bundles taken in</source>
        <translation>Прийняті пакети</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="897"/>
        <source>Possible duplicates</source>
        <translation>Можливі дублікати</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="898"/>
        <source>Exports that have not arrived</source>
        <translation>Передачі, що не надійшли</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="899"/>
        <source>Vault %1 (%2, %3): exports %4</source>
        <translation>Сховище %1 (%2, %3): передачі %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="958"/>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="959"/>
        <source>No decision yet.</source>
        <translation>Рішення ще не ухвалено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="960"/>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="961"/>
        <source>No attachments.</source>
        <translation>Вкладень немає.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="962"/>
        <source>Audit excerpt</source>
        <translation>Витяг із журналу дій</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="963"/>
        <source>No audit entries for this case.</source>
        <translation>У журналі немає записів про цю справу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="964"/>
        <source>When (UTC)</source>
        <translation>Коли (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="965"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="966"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="967"/>
        <source>Detail</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="968"/>
        <source>Identity documents</source>
        <translation>Документи, що посвідчують особу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="969"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="970"/>
        <source>Issuer</source>
        <translation>Ким видано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="971"/>
        <source>Issued</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="972"/>
        <source>Expires</source>
        <translation>Дійсний до</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="973"/>
        <source>Military service</source>
        <translation>Військова служба</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="974"/>
        <source>Unit</source>
        <translation>Частина</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="975"/>
        <source>Rank</source>
        <translation>Звання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="976"/>
        <source>Branch</source>
        <translation>Рід військ</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="977"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="978"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="979"/>
        <source>Relatives</source>
        <translation>Родичі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="980"/>
        <source>Relation</source>
        <translation>Спорідненість</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="981"/>
        <source>Born</source>
        <translation>Народився</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="982"/>
        <source>Residence</source>
        <translation>Місце проживання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="983"/>
        <source>Hostile territory</source>
        <translation>Ворожа територія</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="984"/>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="985"/>
        <source>Signed</source>
        <translation>Підписано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="986"/>
        <source>Scanned page %1: not an image that can be drawn; see the attachment list (SHA-256 %2).</source>
        <translation>Сканована сторінка %1: це не зображення, яке можна відобразити; див. перелік вкладень (SHA-256 %2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="987"/>
        <source>Interview %1 — %2</source>
        <translation>Співбесіда %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="988"/>
        <source>Outcome</source>
        <translation>Ухвалене рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="989"/>
        <source>Reason code</source>
        <translation>Код підстави</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="990"/>
        <source>Rationale</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="991"/>
        <source>Decided by</source>
        <translation>Ухвалив</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="992"/>
        <source>Decided at</source>
        <translation>Дата рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="993"/>
        <source>Approved by</source>
        <translation>Затвердив</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="994"/>
        <source>continued below</source>
        <translation>продовження нижче</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="995"/>
        <source>Interviewer</source>
        <translation>Інтерв&apos;юер</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="996"/>
        <source>Started</source>
        <translation>Початок</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="997"/>
        <source>Ended</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="998"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="999"/>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1000"/>
        <source>Assessment</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1001"/>
        <source>Red flags</source>
        <translation>Тривожні ознаки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1002"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1003"/>
        <source>Question</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1004"/>
        <source>Answer</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1005"/>
        <source>(waived by %1: %2)</source>
        <translation>(від перевірки відмовився %1: %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1006"/>
        <source>a rule in force</source>
        <translation>чинне правило</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1007"/>
        <source>an earlier rule the vault knows (no longer a default)</source>
        <translation>попереднє правило, відоме сховищу (більше не типове)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1008"/>
        <source>no rule stored: scored with the default</source>
        <translation>правило не збережено: оцінено за типовим</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1009"/>
        <source>UNKNOWN RULE: the stored rule is not one this vault knows; computed with the vault&apos;s own rule instead; the stated result needs review</source>
        <translation>НЕВІДОМЕ ПРАВИЛО: збереженого правила це сховище не знає; обчислено за власним правилом сховища; указаний результат потребує перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1010"/>
        <source>A polygraph result is a trigger for follow-up investigation, not a verdict (National Research Council, The Polygraph and Lie Detection, 2003).</source>
        <translation>Результат поліграфа — привід для подальшої перевірки, а не вирок (Національна дослідницька рада США, «Поліграф і виявлення брехні», 2003).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1011"/>
        <source>relative %1</source>
        <translation>родич %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1012"/>
        <source>document %1</source>
        <translation>документ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1013"/>
        <source>military service %1</source>
        <translation>військова служба %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1014"/>
        <source>interview %1</source>
        <translation>співбесіда %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1015"/>
        <source>check %1</source>
        <translation>перевірка %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1016"/>
        <source>exam %1</source>
        <translation>опитування %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1017"/>
        <source>the whole case</source>
        <translation>уся справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1018"/>
        <source>the application</source>
        <translation>заява</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1019"/>
        <source>Subtotal</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1020"/>
        <source>DI by question</source>
        <translation>DI за питанням</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1021"/>
        <source>NDI by question</source>
        <translation>NDI за питанням</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1022"/>
        <source>not computed</source>
        <translation>не обчислено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1023"/>
        <source>Grand total</source>
        <translation>Загальна сума</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1024"/>
        <source>Decision rule</source>
        <translation>Правило рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1025"/>
        <source>Rule</source>
        <translation>Статус правила</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1026"/>
        <source>Cutscores</source>
        <translation>Порогові значення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1027"/>
        <source>Cutscore values</source>
        <translation>Значення порогів</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1028"/>
        <source>Under the current default rule</source>
        <translation>За чинним типовим правилом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1029"/>
        <source>verified against their published source</source>
        <translation>звірено з опублікованим джерелом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1030"/>
        <source>UNVERIFIED: not confirmed against a published source</source>
        <translation>НЕ ПЕРЕВІРЕНО: не звірено з опублікованим джерелом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1031"/>
        <source>ESS-M parameters</source>
        <translation>Параметри ESS-M</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1032"/>
        <source>prior %1, alpha %2 (deceptive) / %3 (truthful)</source>
        <translation>апріорна ймовірність %1, альфа %2 (обман) / %3 (правдивість)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1033"/>
        <source>Polygraph examinations</source>
        <translation>Опитування на поліграфі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1034"/>
        <source>No polygraph examinations recorded.</source>
        <translation>Опитувань на поліграфі не записано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1035"/>
        <source>consistent, independent examinations</source>
        <translation>узгоджені, незалежні опитування</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1036"/>
        <source>No flags.</source>
        <translation>Позначок немає.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1037"/>
        <source>Severity</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1038"/>
        <source>Flag</source>
        <translation>Позначка</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1039"/>
        <source>Evidence</source>
        <translation>Підстави</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1040"/>
        <source>Linked cases</source>
        <translation>Пов&apos;язані справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1041"/>
        <source>This case was merged into case %1; its records are shown there.</source>
        <translation>Цю справу об&apos;єднано зі справою %1; її записи наведено там.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1042"/>
        <source>Case %1 (%2, %3, born %4) was merged into this case. Its records:</source>
        <translation>Справу %1 (%2, %3, дата народження %4) об&apos;єднано з цією справою. Її записи:</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1043"/>
        <source>Examination %1</source>
        <translation>Опитування %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1044"/>
        <source>The stated result disagrees with the result computed from the scores.</source>
        <translation>Указаний результат не збігається з результатом, обчисленим за балами.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1045"/>
        <source>Warning: %1.</source>
        <translation>Попередження: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1046"/>
        <source>exam %1 or further investigation</source>
        <translation>опитування %1 або подальша перевірка</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1047"/>
        <source>Comparison of examinations %1 and %2: %3</source>
        <translation>Порівняння опитувань %1 і %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1048"/>
        <source>No records.</source>
        <translation>Записів немає.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1049"/>
        <source>C%1</source>
        <translation>П%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1050"/>
        <source>Examiner</source>
        <translation>Поліграфолог</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1051"/>
        <source>Held on</source>
        <translation>Дата проведення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1052"/>
        <source>Instrument / serial</source>
        <translation>Прилад / серійний номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1053"/>
        <source>Technique</source>
        <translation>Методика</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1054"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1055"/>
        <source>Charts</source>
        <translation>Пред&apos;явлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1056"/>
        <source>Scoring method</source>
        <translation>Метод оцінювання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1057"/>
        <source>Computed result</source>
        <translation>Обчислений результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1058"/>
        <source>Stated result</source>
        <translation>Указаний результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1059"/>
        <source>Rule outcome</source>
        <translation>Висновок за правилом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1060"/>
        <source>Admissions</source>
        <translation>Зізнання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1061"/>
        <source>Label</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1062"/>
        <source>free-form question list</source>
        <translation>довільний перелік запитань</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1077"/>
        <source>Sealed</source>
        <translation>Запечатано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1078"/>
        <source>Compared</source>
        <translation>Порівняно</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1080"/>
        <source>%1 to %2</source>
        <translation>з %1 по %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1081"/>
        <source>all dates</source>
        <translation>за весь час</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1064"/>
        <source>Applicants per post and stage</source>
        <translation>Кандидати за постами й етапами</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1065"/>
        <source>Funnel: cases at a stage or past it</source>
        <translation>Воронка: справи на етапі або далі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1066"/>
        <source>Outcomes</source>
        <translation>Підсумки рішень</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1067"/>
        <source>Refusal reasons</source>
        <translation>Причини відмови</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1068"/>
        <source>Time in stage (days)</source>
        <translation>Час на етапі (дні)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1069"/>
        <source>Overdue cases</source>
        <translation>Прострочені справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1070"/>
        <source>Flags by kind</source>
        <translation>Позначки за видами</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1086"/>
        <source>Vetting statistics</source>
        <translation>Статистика перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1087"/>
        <source>Period: %1. Post: %2. Cases opened in the period: %3. Printed on %4.</source>
        <translation>Період: %1. Пункт: %2. Справ відкрито за період: %3. Надруковано %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1088"/>
        <source>Aggregates only: no names, case numbers or free text.</source>
        <translation>Лише зведені числа: без імен, номерів справ і довільного тексту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1063"/>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1072"/>
        <source>Decisions</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1073"/>
        <source>Intervals</source>
        <translation>Проміжки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1074"/>
        <source>Median</source>
        <translation>Медіана</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1075"/>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1071"/>
        <source>Polygraph examiners</source>
        <translation>Поліграфологи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1076"/>
        <source>Exams</source>
        <translation>Дослідження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1079"/>
        <source>Stated ≠ scored</source>
        <translation>Заявлений ≠ підрахований</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1082"/>
        <source>Section</source>
        <translation>Розділ</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1083"/>
        <source>Item</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1084"/>
        <source>Measure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1085"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1089"/>
        <source>all posts</source>
        <translation>усі пости</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1090"/>
        <source>None in this period.</source>
        <translation>За цей період немає.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1091"/>
        <source>A polygraph result is a trigger for follow-up, not a verdict (National Research Council, 2003).</source>
        <translation>Результат поліграфа — привід для додаткової перевірки, а не вирок (Національна дослідницька рада США, 2003).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1092"/>
        <source>Exam %1: %2 %3 — result %4 (computed %5), grand total %6; %7</source>
        <translation>Опитування %1: %2 %3 — результат %4 (обчислено %5), загальна сума %6; %7</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1093"/>
        <source>Record SHA-256 (%1); check with: dossier verify-paper</source>
        <translation>SHA-256 запису (%1); перевірка: dossier verify-paper</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1094"/>
        <source>Case number</source>
        <translation>Номер справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1095"/>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1096"/>
        <source>No decision recorded.</source>
        <translation>Рішення не ухвалено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1097"/>
        <source>scored with an unknown rule: the stated result needs review</source>
        <translation>оцінено за невідомим правилом: указаний результат потребує перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1098"/>
        <source>Case summary %1</source>
        <translation>Довідка у справі %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1099"/>
        <source>cutscores unverified</source>
        <translation>порогові значення не перевірено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1100"/>
        <source>Amendments to sealed records</source>
        <translation>Поправки до скріплених записів</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="1101"/>
        <source>Risk flags</source>
        <translation>Позначки ризику</translation>
    </message>
</context>
<context>
    <name>CaseFilePreview</name>
    <message>
        <location filename="../../app/ui/casefile_preview.py" line="38"/>
        <source>Case file {0}</source>
        <translation>Справа {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/casefile_preview.py" line="47"/>
        <source>Save signed PDF…</source>
        <translation>Зберегти підписаний PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/casefile_preview.py" line="80"/>
        <location filename="../../app/ui/casefile_preview.py" line="87"/>
        <location filename="../../app/ui/casefile_preview.py" line="90"/>
        <source>Save signed PDF</source>
        <translation>Зберегти підписаний PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/casefile_preview.py" line="81"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/casefile_preview.py" line="88"/>
        <source>The PDF could not be saved: {0}</source>
        <translation>Не вдалося зберегти PDF: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/casefile_preview.py" line="90"/>
        <source>Saved. It is signed: any change to it will show.</source>
        <translation>Збережено. Файл підписано: будь-яку зміну буде видно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/casefile_preview.py" line="116"/>
        <source>Case file</source>
        <translation>Справа</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <location filename="../../app/ui/print_summary.py" line="136"/>
        <source>Print case summary</source>
        <translation>Друк короткої довідки</translation>
    </message>
</context>
<context>
    <name>ChecksTab</name>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="25"/>
        <source>Security service records</source>
        <translation>Обліки СБУ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="26"/>
        <source>Counter-intelligence</source>
        <translation>Контррозвідка</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="27"/>
        <source>Document verification</source>
        <translation>Перевірка документів</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="28"/>
        <source>Open sources</source>
        <translation>Відкриті джерела</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="28"/>
        <source>Watchlist</source>
        <translation>Список спостереження</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="29"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="30"/>
        <source>Pending</source>
        <translation>Очікує</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="30"/>
        <source>No record</source>
        <translation>Відомостей немає</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="31"/>
        <source>Adverse</source>
        <translation>Негативний</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="31"/>
        <source>Inconclusive</source>
        <translation>Невизначений</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="33"/>
        <source>Check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="34"/>
        <source>Requested on</source>
        <translation>Дата запиту</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="35"/>
        <source>Requested by</source>
        <translation>Хто запитав</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="37"/>
        <source>Reference</source>
        <translation>Реєстр. номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="38"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="39"/>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="39"/>
        <source>Request a check</source>
        <translation>Запитати перевірку</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="39"/>
        <source>Remove selected</source>
        <translation>Вилучити вибране</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="45"/>
        <source>Seal selected…</source>
        <translation>Скріпити вибране…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="47"/>
        <source>Waive selected…</source>
        <translation>Звільнити вибране від перевірки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="78"/>
        <source>Select a check to seal or waive it.</source>
        <translation>Виберіть перевірку, щоб скріпити її або звільнити від неї.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="82"/>
        <source>Check %1 is sealed.</source>
        <translation>Перевірку %1 скріплено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="88"/>
        <source>Record the result before sealing: it is still pending.</source>
        <translation>Перед скріпленням внесіть результат: перевірка ще очікує.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="93"/>
        <source>Only a supervisor can waive a check.</source>
        <translation>Звільнити від перевірки може лише керівник.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="104"/>
        <source>Sealed (read-only): %1.</source>
        <translation>Скріплено (лише читання): %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="105"/>
        <source>Waived: %1.</source>
        <translation>Звільнено: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/checks_tab.py" line="127"/>
        <source>Check %1: the request date is not a valid date.</source>
        <translation>Перевірка %1: дата запиту некоректна.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../app/ui/date_edit.py" line="28"/>
        <location filename="../../app/ui/dossier/base.py" line="89"/>
        <source>DD</source>
        <translation>ДД</translation>
    </message>
    <message>
        <location filename="../../app/ui/date_edit.py" line="28"/>
        <location filename="../../app/ui/date_edit.py" line="30"/>
        <location filename="../../app/ui/dossier/base.py" line="89"/>
        <source>MM</source>
        <translation>ММ</translation>
    </message>
    <message>
        <location filename="../../app/ui/date_edit.py" line="28"/>
        <location filename="../../app/ui/date_edit.py" line="30"/>
        <location filename="../../app/ui/dossier/base.py" line="90"/>
        <source>YYYY</source>
        <translation>РРРР</translation>
    </message>
    <message>
        <location filename="../../app/ui/date_edit.py" line="29"/>
        <source>%1, or %2 or %3 if the day is not known</source>
        <translation>%1, або %2 чи %3, якщо день невідомий</translation>
    </message>
    <message>
        <location filename="../../app/ui/date_edit.py" line="32"/>
        <source>Type the date, or open the calendar with F4.</source>
        <translation>Введіть дату або відкрийте календар клавішею F4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/date_edit.py" line="34"/>
        <source>Calendar (F4)</source>
        <translation>Календар (F4)</translation>
    </message>
</context>
<context>
    <name>DecisionTab</name>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="27"/>
        <source>Only a supervisor records the decision: a supervisor unlocks the vault (Ctrl+L locks it) and decides.</source>
        <translation>Рішення вносить лише керівник: керівник розблоковує сховище (Ctrl+L блокує його) і ухвалює рішення.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="31"/>
        <source>(no decision)</source>
        <translation>(рішення немає)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="32"/>
        <source>Accept</source>
        <translation>Прийняти</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="32"/>
        <source>Reject</source>
        <translation>Відмовити</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="33"/>
        <source>Defer</source>
        <translation>Відкласти</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="33"/>
        <source>Refer</source>
        <translation>Передати</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="43"/>
        <source>Outcome</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="44"/>
        <source>Reason code</source>
        <translation>Код підстави</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="45"/>
        <source>Rationale</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="46"/>
        <source>Approved by</source>
        <translation>Затвердив</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/decision_tab.py" line="47"/>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <location filename="../../app/ui/dossier/duplicate_actions.py" line="25"/>
        <source>Duplicates</source>
        <translation>Дублікати</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/duplicate_actions.py" line="26"/>
        <location filename="../../app/ui/dossier/window.py" line="355"/>
        <source>Save the applicant first.</source>
        <translation>Спочатку збережіть кандидата.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/duplicate_actions.py" line="30"/>
        <source>Merge cases</source>
        <translation>Об&apos;єднання справ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/duplicate_actions.py" line="30"/>
        <source>Merge case %1 into this case? Its records, flags and history will show here, and it leaves the list and search. A merge cannot be undone.</source>
        <translation>Приєднати справу %1 до цієї справи? Її записи, позначки ризику та історія відображатимуться тут, а сама вона зникне зі списку та пошуку. Об&apos;єднання не можна скасувати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/duplicate_actions.py" line="33"/>
        <source>Merge</source>
        <translation>Об&apos;єднати</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/duplicate_actions.py" line="35"/>
        <source>Not the same person</source>
        <translation>Різні особи</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/duplicate_actions.py" line="35"/>
        <source>Remember that case %1 is a different person? The duplicate flag goes away on both cases.</source>
        <translation>Запам&apos;ятати, що справа %1 стосується іншої особи? Позначка про дублікат зникне в обох справах.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/duplicate_actions.py" line="43"/>
        <source>Not decided</source>
        <translation>Рішення не збережено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/duplicate_actions.py" line="47"/>
        <source>Merged.</source>
        <translation>Справи об&apos;єднано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/duplicate_actions.py" line="48"/>
        <source>Marked as a different person.</source>
        <translation>Позначено як іншу особу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/record_actions.py" line="32"/>
        <source>Seal</source>
        <translation>Скріпити</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/record_actions.py" line="32"/>
        <source>Sealing makes the record read-only; later corrections are amendments. Re-enter your passphrase to seal it:</source>
        <translation>Після скріплення запис стає лише для читання; подальші виправлення — це поправки. Введіть парольну фразу ще раз, щоб скріпити:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/record_actions.py" line="41"/>
        <source>Not sealed</source>
        <translation>Не скріплено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/record_actions.py" line="46"/>
        <source>Sealed.</source>
        <translation>Скріплено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/record_actions.py" line="58"/>
        <source>Accept with open red flags?</source>
        <translation>Прийняти попри відкриті червоні позначки?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dossier/record_actions.py" line="58"/>
        <source>This case has %n open red flag(s):</source>
        <translation>
            <numerusform>Ця справа має %n відкриту червону позначку:</numerusform>
            <numerusform>Ця справа має %n відкриті червоні позначки:</numerusform>
            <numerusform>Ця справа має %n відкритих червоних позначок:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/record_actions.py" line="59"/>
        <source>Seal the decision to accept anyway? Your rationale is kept with it.</source>
        <translation>Усе одно скріпити рішення про прийняття? Ваше обґрунтування зберігається разом із ним.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/record_actions.py" line="63"/>
        <source>Amend a sealed record</source>
        <translation>Поправка до скріпленого запису</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/record_actions.py" line="64"/>
        <source>Why is this record corrected? The original is kept with your reason.</source>
        <translation>Чому запис виправляється? Оригінал зберігається разом із вашою причиною.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/record_actions.py" line="69"/>
        <source>Give a reason of at least ten characters.</source>
        <translation>Вкажіть причину щонайменше з десяти символів.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/record_actions.py" line="76"/>
        <source>Waive a check</source>
        <translation>Звільнення від перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/record_actions.py" line="76"/>
        <source>Why can the case go on without this check?</source>
        <translation>Чому справа може рухатися далі без цієї перевірки?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="87"/>
        <source>Personal data</source>
        <translation>Особові дані</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="87"/>
        <source>Application</source>
        <translation>Заява</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="88"/>
        <source>Interviews</source>
        <translation>Співбесіди</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="88"/>
        <source>Background checks</source>
        <translation>Перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="89"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="89"/>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="90"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="116"/>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="117"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Друк довідки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="118"/>
        <source>Case &amp;file (signed PDF)…</source>
        <translation>&amp;Справа (підписаний PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="119"/>
        <source>Send to &amp;HQ…</source>
        <translation>Надіслати до &amp;штабу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="120"/>
        <source>Another &amp;polygraph exam</source>
        <translation>Ще одне &amp;опитування на поліграфі</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="121"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="130"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Версії…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="147"/>
        <source>New applicant</source>
        <translation>Новий заявник</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="148"/>
        <source> — DEMO</source>
        <translation> — ДЕМО</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="163"/>
        <source>Polygraph %1</source>
        <translation>Поліграф %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="182"/>
        <source>Polygraph</source>
        <translation>Поліграф</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="182"/>
        <source>A case holds at most %1 exams.</source>
        <translation>Справа може містити не більше %1 опитувань.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="210"/>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="211"/>
        <source>There are unsaved changes to this dossier from %1. Restore them?</source>
        <translation>Є незбережені зміни до цієї справи від %1. Відновити їх?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="222"/>
        <source>Restored unsaved changes; save them with Ctrl+S.</source>
        <translation>Незбережені зміни відновлено; збережіть їх через Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="228"/>
        <source>Editing… (* in the title: not saved yet; a draft is kept as you type)</source>
        <translation>Редагування… (* у заголовку: ще не збережено; чернетка зберігається під час введення)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="245"/>
        <source>Autosave failed; the details are in the log.</source>
        <translation>Автозбереження не вдалося; подробиці — у журналі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="251"/>
        <source>Draft saved in the vault.</source>
        <translation>Чернетку збережено у сховищі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="263"/>
        <source>Not saved yet</source>
        <translation>Ще не збережено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="264"/>
        <source>Please correct these first (your typing is kept as a draft):</source>
        <translation>Спершу виправте (введене збережено як чернетку):</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="274"/>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="279"/>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="293"/>
        <source>Linked cases</source>
        <translation>Пов&apos;язані справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="304"/>
        <source>likely the same person</source>
        <translation>ймовірно, та сама особа</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="304"/>
        <source>possibly the same person</source>
        <translation>можливо, та сама особа</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="307"/>
        <source>Possible duplicates</source>
        <translation>Можливі дублікати</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="308"/>
        <source>This person may already have a case. A supervisor can merge the cases or mark them distinct from the flag (or with dossier duplicates …):</source>
        <translation>Ця особа, можливо, вже має справу. Керівник може об&apos;єднати справи або позначити їх як різні за допомогою позначки (або командою dossier duplicates …):</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="312"/>
        <source>Scanned pages</source>
        <translation>Скановані сторінки</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="312"/>
        <location filename="../../app/ui/dossier/window.py" line="337"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Зображення (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="337"/>
        <location filename="../../app/ui/dossier/window.py" line="340"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="340"/>
        <source>The photo must be an image.</source>
        <translation>Фото має бути зображенням.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="347"/>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="347"/>
        <source>Save the applicant before printing.</source>
        <translation>Збережіть заявника перед друком.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="362"/>
        <source>Case file</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/window.py" line="373"/>
        <source>Send to HQ</source>
        <translation>Надіслати до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/read_only.py" line="34"/>
        <source>Handed over to post %1 (officer %2) on %3; read-only on this laptop.</source>
        <translation>Передано на пункт %1 (офіцеру %2) %3; на цьому ноутбуці лише для читання.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="41"/>
        <source>likely the same person</source>
        <translation>ймовірно, та сама особа</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="42"/>
        <source>possibly the same person</source>
        <translation>можливо, та сама особа</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="46"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="46"/>
        <source>Post</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="47"/>
        <source>Officer</source>
        <translation>Офіцер</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="47"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="48"/>
        <source>Latin</source>
        <translation>Латиницею</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="48"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="49"/>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="49"/>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="50"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="50"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="51"/>
        <source>How alike</source>
        <translation>Наскільки схожі</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="51"/>
        <source>Evidence</source>
        <translation>Підстави</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="74"/>
        <source>Duplicates between posts</source>
        <translation>Дублікати між пунктами</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="81"/>
        <source>Only pairs with a case received since</source>
        <translation>Лише пари, де одну справу отримано від</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="124"/>
        <source>Different people</source>
        <translation>Різні особи</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="125"/>
        <source>Same person: merge the second into the first</source>
        <translation>Та сама особа: об&apos;єднати другу справу з першою</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/duplicates_dialog.py" line="149"/>
        <source>%n pair(s) of cases from different posts may be the same person.</source>
        <translation>
            <numerusform>%n пара справ із різних пунктів може стосуватися однієї особи.</numerusform>
            <numerusform>%n пари справ із різних пунктів можуть стосуватися однієї особи.</numerusform>
            <numerusform>%n пар справ із різних пунктів можуть стосуватися однієї особи.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="151"/>
        <source>No undecided duplicates between posts.</source>
        <translation>Нерозглянутих дублікатів між пунктами немає.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="180"/>
        <source>For: %1</source>
        <translation>За: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="182"/>
        <source>Against: %1</source>
        <translation>Проти: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="191"/>
        <source>Merge case %2 into case %1? Case %2 leaves the list and the search; its records and history are shown with case %1.</source>
        <translation>Об&apos;єднати справу %2 зі справою %1? Справа %2 зникне зі списку й пошуку; її записи та історію буде показано разом зі справою %1.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="209"/>
        <source>The change was not saved.</source>
        <translation>Зміну не збережено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="210"/>
        <source>Sealed records cannot be changed that way.</source>
        <translation>Скріплені записи не можна змінювати в такий спосіб.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="211"/>
        <source>The case has not reached the decision yet.</source>
        <translation>Справа ще не дійшла до рішення.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="212"/>
        <source>Accepting a case with open red flags needs a written rationale of at least a sentence.</source>
        <translation>Щоб прийняти справу попри відкриті червоні позначки, потрібне письмове обґрунтування — щонайменше одне речення.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="213"/>
        <source>No such record in this case.</source>
        <translation>У цій справі немає такого запису.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="214"/>
        <source>No such attachment in this case.</source>
        <translation>У цій справі немає такого вкладення.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="215"/>
        <source>Wrong passphrase: the record was not sealed.</source>
        <translation>Неправильна парольна фраза: запис не скріплено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="216"/>
        <source>%1 is already sealed.</source>
        <translation>%1: запис уже скріплено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="217"/>
        <source>%1 is not complete.</source>
        <translation>%1: запис заповнено не повністю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="218"/>
        <source>Every attachment needs its content (content_base64) when a case is added.</source>
        <translation>Коли справу додають, кожне вкладення має містити свій вміст (content_base64).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="219"/>
        <source>%1 attachment(s) have no content</source>
        <translation>вкладень без вмісту: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="220"/>
        <source>Decide &apos;distinct&apos; or &apos;merged&apos;.</source>
        <translation>Оберіть «різні» (distinct) або «об&apos;єднати» (merged).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="221"/>
        <source>A case cannot be its own duplicate.</source>
        <translation>Справа не може бути дублікатом самої себе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="222"/>
        <source>One of these cases is already merged into another case.</source>
        <translation>Одну з цих справ уже приєднано до іншої справи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="223"/>
        <source>Give a reason for deleting the case.</source>
        <translation>Вкажіть причину видалення справи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="224"/>
        <source>The reason is longer than %1 characters.</source>
        <translation>Причина довша за %1 символів.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="225"/>
        <source>The reason must not name the applicant.</source>
        <translation>Причина не повинна називати кандидата.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="226"/>
        <source>Only a supervisor or the officer who holds the case may hand it over.</source>
        <translation>Передати справу може лише керівник або офіцер, у якого вона перебуває.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="227"/>
        <source>No active officer or supervisor with that call sign: %1</source>
        <translation>Немає активного офіцера чи керівника з таким позивним: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="228"/>
        <source>The case is already held by %1</source>
        <translation>Справа вже перебуває у %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="229"/>
        <source>%1 is set by the vault and cannot be changed</source>
        <translation>%1: це значення встановлює сховище, його не можна змінити</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="230"/>
        <source>a decision is recorded in the name of its user</source>
        <translation>рішення записується від імені користувача, який його ухвалює</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="231"/>
        <source>An examiner may only record and change their own polygraph exams.</source>
        <translation>Поліграфолог може вносити й змінювати лише власні опитування на поліграфі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="232"/>
        <source>an amendment is made in the name of the user who makes it</source>
        <translation>поправка вноситься від імені користувача, який її робить</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="233"/>
        <source>Only the user who sealed %1 (or a supervisor) may amend it.</source>
        <translation>Вносити поправки до запису «%1» може лише користувач, який його скріпив, або керівник.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="234"/>
        <source>Only the examiner who sealed a polygraph exam may amend it.</source>
        <translation>Вносити поправки до опитування на поліграфі може лише поліграфолог, який його скріпив.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="235"/>
        <source>a waiver needs your call sign and a reason</source>
        <translation>для звільнення від перевірки потрібні ваш позивний і причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="236"/>
        <source>%1: %2 is not a user of this vault</source>
        <translation>%1: %2 не є користувачем цього сховища</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="237"/>
        <source>%1: %2 is no longer a user of this vault</source>
        <translation>%1: %2 уже не є користувачем цього сховища</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="238"/>
        <source>%1: %2 does not have the role for it (%3)</source>
        <translation>%1: %2 не має потрібної для цього ролі (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="239"/>
        <source>The %1 (%2) is an external name: choose a user of this vault first.</source>
        <translation>Поле «%1» (%2) містить зовнішнє ім&apos;я: спершу виберіть користувача цього сховища.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="240"/>
        <source>Only its author (%1) can seal an interview.</source>
        <translation>Скріпити співбесіду може лише її автор (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="241"/>
        <source>Only its author (%1) can seal a check.</source>
        <translation>Скріпити перевірку може лише її автор (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="242"/>
        <source>Only its author (%1) can seal a polygraph exam.</source>
        <translation>Скріпити опитування на поліграфі може лише його автор (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="243"/>
        <source>Only its author (%1) can seal the decision.</source>
        <translation>Скріпити рішення може лише його автор (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="244"/>
        <source>%1 is sealed and cannot be removed</source>
        <translation>запис «%1» скріплено, його не можна видалити</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="245"/>
        <source>the seal of %1 cannot be changed</source>
        <translation>скріплення запису «%1» не можна змінити</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="246"/>
        <source>the amendments of %1 cannot be changed</source>
        <translation>поправки до запису «%1» не можна змінити</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="247"/>
        <source>%1 is sealed: a change needs exactly one new amendment with a reason</source>
        <translation>запис «%1» скріплено: для зміни потрібна рівно одна нова поправка з причиною</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="248"/>
        <source>the amendment of %1 needs a reason of at least %2 characters</source>
        <translation>поправка до запису «%1» потребує причини щонайменше з %2 символів</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="249"/>
        <source>the amendment of %1 must keep the original record</source>
        <translation>поправка до запису «%1» має зберігати первісний запис</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="250"/>
        <source>%1 can only be sealed with its author&apos;s passphrase</source>
        <translation>запис «%1» можна скріпити лише парольною фразою його автора</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="251"/>
        <source>%1 is not sealed: it has no amendments to change</source>
        <translation>%1 не скріплено, тож у нього немає поправок, які можна змінити</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="252"/>
        <source>%1 can only be attested by HQ&apos;s import of a signed bundle</source>
        <translation>%1 може засвідчити лише імпорт підписаного пакета справи в штабі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="253"/>
        <source>Wrong call sign or passphrase.</source>
        <translation>Неправильний позивний або парольна фраза.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="254"/>
        <source>Wrong call sign or passphrase. %1 attempt(s) left before this vault is erased.</source>
        <translation>Неправильний позивний або парольна фраза. Спроб до знищення сховища залишилося: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="255"/>
        <source>Wrong call sign or passphrase. After %1 failed attempts the vault has been erased, as its wipe policy requires.</source>
        <translation>Неправильний позивний або парольна фраза. Після %1 невдалих спроб сховище знищено, як вимагає його правило.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="256"/>
        <source>Too many failed attempts: try again in %1 s.</source>
        <translation>Забагато невдалих спроб: повторіть через %1 с.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="257"/>
        <source>The vault is open in another window.</source>
        <translation>Сховище відкрите в іншому вікні.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="258"/>
        <source>The vault&apos;s lock file (vault.lock) has been replaced by a folder or a link; remove it and try again, and tell HQ if you did not do this.</source>
        <translation>Файл блокування сховища (vault.lock) замінено текою або посиланням; видаліть його й спробуйте ще раз, а якщо це зробили не ви — повідомте штаб.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="259"/>
        <source>The vault folder cannot be written (read-only or no permission); nothing was changed.</source>
        <translation>До теки сховища неможливо записувати (лише для читання або немає дозволу); нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="260"/>
        <source>No vault at that location. Create one with `dossier init`.</source>
        <translation>За цією адресою сховища немає. Створіть його командою `dossier init`.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="261"/>
        <source>No vault at that location; nothing was erased.</source>
        <translation>Там немає сховища; нічого не знищено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="262"/>
        <source>The vault&apos;s key file is damaged or has been altered; restore it from a backup.</source>
        <translation>Файл ключів сховища пошкоджено або змінено; відновіть його з резервної копії.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="263"/>
        <source>The vault&apos;s key file is missing; restore it from a backup.</source>
        <translation>Файл ключів сховища відсутній; відновіть його з резервної копії.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="264"/>
        <source>The vault database is damaged or has been altered (a page failed its check). Nothing more was written. Run `dossier check`, restore from a backup and tell HQ.</source>
        <translation>База даних сховища пошкоджена або змінена (сторінка не пройшла перевірку). Більше нічого не записано. Запустіть `dossier check`, відновіть із резервної копії та повідомте штаб.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="265"/>
        <source>The vault is locked; unlock it and try again.</source>
        <translation>Сховище заблоковано; розблокуйте його та спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="266"/>
        <source>No case with that number.</source>
        <translation>Справи з таким номером немає.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="267"/>
        <source>Several cases had that number; name one of: %1</source>
        <translation>Цей номер мали кілька справ; укажіть одну з них: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="268"/>
        <source>This case was deleted: %1</source>
        <translation>Цю справу видалено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="269"/>
        <source>A vault holds at most %1 users.</source>
        <translation>Сховище може мати щонайбільше %1 користувачів.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="270"/>
        <source>Erase after 3 to %1 failed attempts, or 0 for never.</source>
        <translation>Знищувати після 3–%1 невдалих спроб, або 0 — ніколи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="271"/>
        <source>These users must log in once before the data key can be changed (their key slots are from an older version): %1.</source>
        <translation>Перш ніж змінити ключ даних, ці користувачі мають один раз увійти (їхні ключові слоти зі старішої версії): %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="272"/>
        <source>The re-encrypted copy failed its check; the data key was not changed.</source>
        <translation>Повторно зашифрована копія не пройшла перевірку; ключ даних не змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="273"/>
        <source>A demo vault cannot be enrolled with HQ.</source>
        <translation>Демонстраційне сховище не можна зареєструвати в штабі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="274"/>
        <source>No such user.</source>
        <translation>Такого користувача немає.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="275"/>
        <source>No active user with that call sign.</source>
        <translation>Немає активного користувача з таким позивним.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="276"/>
        <source>A user with that call sign already exists.</source>
        <translation>Користувач із таким позивним уже існує.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="277"/>
        <source>The last supervisor cannot lose the role.</source>
        <translation>Останній керівник не може втратити цю роль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="278"/>
        <source>The last supervisor cannot be removed.</source>
        <translation>Останнього керівника не можна видалити.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="279"/>
        <source>A call sign is 2-32 letters, digits, &apos;-&apos; or &apos;_&apos;, with no spaces.</source>
        <translation>Позивний — це від 2 до 32 літер, цифр, «-» або «_», без пробілів.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="280"/>
        <source>written application text</source>
        <translation>текст письмової заяви</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="281"/>
        <source>at least one interview</source>
        <translation>принаймні одна співбесіда</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="282"/>
        <source>at least one sealed interview</source>
        <translation>щонайменше одна скріплена співбесіда</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="283"/>
        <source>at least one background check</source>
        <translation>принаймні одна перевірка</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="284"/>
        <source>%1 check is pending</source>
        <translation>перевірка «%1» очікує</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="285"/>
        <source>a recorded decision</source>
        <translation>ухвалене рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="286"/>
        <source>case file sent to HQ</source>
        <translation>справу надіслано до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="287"/>
        <source>polygraph exam %1 not recorded</source>
        <translation>опитування на поліграфі %1 не внесено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="288"/>
        <source>polygraph exam %1 has no result</source>
        <translation>опитування на поліграфі %1 без висновку</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="289"/>
        <source>polygraph exam %1 is not sealed</source>
        <translation>опитування на поліграфі %1 не скріплено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="290"/>
        <source>The failed-unlock counter file was deleted.</source>
        <translation>Файл лічильника невдалих спроб розблокування було видалено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="291"/>
        <source>The failed-unlock counter file was damaged or edited.</source>
        <translation>Файл лічильника невдалих спроб розблокування пошкоджено або змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="292"/>
        <source>The failed-unlock counter was set back.</source>
        <translation>Лічильник невдалих спроб розблокування було відмотано назад.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="293"/>
        <source>The failed-unlock counter was edited.</source>
        <translation>Лічильник невдалих спроб розблокування було змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="294"/>
        <source>The failed-unlock counter was damaged or edited.</source>
        <translation>Лічильник невдалих спроб розблокування було пошкоджено або змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="295"/>
        <source>The key file&apos;s two copies do not match.</source>
        <translation>Дві копії у файлі ключів не збігаються.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="296"/>
        <source>The vault&apos;s commit mark is damaged or was altered.</source>
        <translation>Позначку записів сховища пошкоджено або змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="297"/>
        <source>The vault&apos;s commit mark is missing.</source>
        <translation>Позначка записів сховища відсутня.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="298"/>
        <source>%1 committed change(s) are missing: the database log was damaged, or the database was replaced by an older copy.</source>
        <translation>Бракує збережених змін: %1. Журнал бази даних пошкоджено, або базу замінено старішою копією.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="299"/>
        <source>The wipe policy in the key file had been changed; the vault&apos;s setting was put back.</source>
        <translation>Правило знищення у файлі ключів було змінено; налаштування сховища відновлено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="300"/>
        <source>The key file is older than the vault&apos;s record of it: an earlier copy of it was put back.</source>
        <translation>Файл ключів старіший, ніж зафіксовано у сховищі: на його місце повернули попередню копію.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="301"/>
        <source>A removed user&apos;s key slot still opened this vault&apos;s data key: change the data key now (Administration &gt; Users &gt; Change the data key, or `dossier rekey`).</source>
        <translation>Ключовий слот вилученого користувача все ще відкривав ключ даних цього сховища: змініть ключ даних зараз (Адміністрування &gt; Користувачі &gt; Змінити ключ даних, або `dossier rekey`).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="302"/>
        <source>This vault&apos;s key file was converted from an older version, which may have left copies of it on the disk: change the data key (`dossier rekey`) so they open nothing.</source>
        <translation>Файл ключів цього сховища перетворено зі старішої версії, яка могла залишити його копії на диску: змініть ключ даних (`dossier rekey`), щоб вони нічого не відкривали.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="303"/>
        <source>The disk is full: you can read and back up to another drive, but new work cannot be saved until space is freed.</source>
        <translation>Диск заповнений: ви можете переглядати справи й зробити резервну копію на інший носій, але нову роботу не буде збережено, доки не звільниться місце.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="304"/>
        <source>Your key slot uses weaker key-derivation settings than this version requires: change your passphrase to strengthen it.</source>
        <translation>Ваш ключовий слот використовує слабші параметри виведення ключа, ніж вимагає ця версія: змініть парольну фразу, щоб посилити захист.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="305"/>
        <source>This computer&apos;s clock (%1 UTC) is earlier than the vault&apos;s last recorded action (%2 UTC). Set the correct date and time: records made now will carry a wrong time.</source>
        <translation>Годинник цього комп’ютера (%1 UTC) показує час, раніший за останню записану дію сховища (%2 UTC). Встановіть правильні дату й час: записи, зроблені зараз, матимуть хибний час.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="306"/>
        <source>This computer&apos;s clock (%1 UTC) is more than a year after the vault&apos;s last recorded action (%2). Check the date and time.</source>
        <translation>Годинник цього комп’ютера (%1 UTC) показує більш ніж на рік пізніше за останню записану дію сховища (%2). Перевірте дату й час.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="307"/>
        <source>HQ has revoked your certificate (since %1). This laptop will not sign case files or send them to HQ. Contact HQ.</source>
        <translation>Штаб відкликав ваш сертифікат (з %1). Цей ноутбук не підписуватиме справи й не надсилатиме їх до штабу. Зв&apos;яжіться зі штабом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="308"/>
        <source>Your certificate expired on %1. This laptop will not sign case files or send them to HQ until HQ enrols you again.</source>
        <translation>Строк дії вашого сертифіката скінчився %1. Цей ноутбук не підписуватиме справи й не надсилатиме їх до штабу, доки штаб не зареєструє вас знову.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="309"/>
        <source>Your certificate expires on %1. Ask HQ to enrol you again before then.</source>
        <translation>Строк дії вашого сертифіката спливає %1. Попросіть штаб зареєструвати вас знову до цієї дати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="310"/>
        <source>%1 case(s) written to a stick at least %2 days ago have no receipt from HQ. Check that the stick reached HQ.</source>
        <translation>Справ, записаних на носій щонайменше %2 дн. тому, без підтвердження штабу: %1. Перевірте, чи дійшов носій до штабу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="311"/>
        <source>The disk is full: nothing was saved. Free some space (or back up to another drive) and try again.</source>
        <translation>Диск заповнений: нічого не збережено. Звільніть місце (або зробіть резервну копію на інший носій) і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="312"/>
        <source>The disk reported an error: the change was not saved. Check the drive, then run `dossier check`.</source>
        <translation>Диск повідомив про помилку: зміну не збережено. Перевірте накопичувач, потім запустіть `dossier check`.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="313"/>
        <source>The vault is busy in another window; try again.</source>
        <translation>Сховище зайняте в іншому вікні; спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="314"/>
        <source>The data key was not changed (cancelled); nothing else changed.</source>
        <translation>Ключ даних не змінено (скасовано); більше нічого не змінилося.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="315"/>
        <source>The destination folder does not exist (is the stick mounted?).</source>
        <translation>Теки призначення немає (чи підключено накопичувач?).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="316"/>
        <source>The destination folder is gone: was the stick removed?</source>
        <translation>Теки призначення більше немає: накопичувач від&apos;єднали?</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="317"/>
        <source>The destination is full. Nothing was left on it.</source>
        <translation>Місце призначення заповнене. На ньому нічого не залишено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="318"/>
        <source>The destination disappeared or failed while writing (was the stick removed?). Nothing was kept.</source>
        <translation>Місце призначення зникло або дало збій під час запису (накопичувач від&apos;єднали?). Нічого не збережено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="319"/>
        <source>The destination is read-only or not writable.</source>
        <translation>Місце призначення лише для читання або недоступне для запису.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="320"/>
        <source>The file read back from the destination differs from what was written; the stick may be failing. It was removed.</source>
        <translation>Файл, прочитаний назад із місця призначення, відрізняється від записаного; можливо, накопичувач несправний. Файл вилучено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="321"/>
        <source>Not enough space on the destination: %1 free, %2 needed. Nothing was written.</source>
        <translation>Недостатньо місця: вільно %1, потрібно %2. Нічого не записано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="322"/>
        <source>Cannot read the destination: %1.</source>
        <translation>Не вдається прочитати місце запису: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="323"/>
        <source>Writing to the destination failed: %1.</source>
        <translation>Не вдалося записати на носій: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="324"/>
        <source>%1 already exists on the destination; nothing was overwritten.</source>
        <translation>%1 уже є на носії; нічого не перезаписано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="325"/>
        <source>the drive is full</source>
        <translation>диск заповнений</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="326"/>
        <source>the drive is read-only</source>
        <translation>диск лише для читання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="327"/>
        <source>no permission</source>
        <translation>немає дозволу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="328"/>
        <source>the drive was removed or failed</source>
        <translation>диск від&apos;єднано або він несправний</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="329"/>
        <source>the drive does not accept that file name</source>
        <translation>диск не приймає таку назву файлу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="330"/>
        <source>the system reported error %1</source>
        <translation>система повідомила про помилку %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="331"/>
        <source>The file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="332"/>
        <source>The manifest</source>
        <translation>Маніфест</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="333"/>
        <source>case.json</source>
        <translation>файл case.json</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="334"/>
        <source>The deletion notice</source>
        <translation>Повідомлення про видалення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="335"/>
        <source>The transfer</source>
        <translation>Документ про передання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="336"/>
        <source>%1 is too large (%2 bytes; the limit is %3).</source>
        <translation>%1 завеликий (%2 байт; межа — %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="337"/>
        <source>%1 is nested too deeply (the limit is %2 levels).</source>
        <translation>%1 має надто глибоку вкладеність (межа — %2 рівнів).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="338"/>
        <source>%1 is not valid JSON (line %2, column %3).</source>
        <translation>%1 не є коректним JSON (рядок %2, стовпець %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="339"/>
        <source>%1 is not valid JSON.</source>
        <translation>%1 не є коректним JSON.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="340"/>
        <source>The JSON has the same key twice in one object.</source>
        <translation>У JSON один і той самий ключ повторюється в одному об’єкті.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="341"/>
        <source>The JSON holds NaN or Infinity, which are not allowed.</source>
        <translation>JSON містить NaN або Infinity, а вони не допускаються.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="342"/>
        <source>The dossier has %1 field(s) over their limits or out of range.</source>
        <translation>У справі полів, що перевищують допустимі межі або виходять за дозволений діапазон: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="343"/>
        <source>At most %1 characters.</source>
        <translation>Щонайбільше %1 символів.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="344"/>
        <source>Passphrase too weak: %1</source>
        <translation>Парольна фраза занадто слабка: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="345"/>
        <source>Form file %1.json does not hold template %2 v%3.</source>
        <translation>Файл форми %1.json не містить шаблону %2 версії %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="346"/>
        <source>Unknown content %1/%2.</source>
        <translation>Невідомий вміст %1/%2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="347"/>
        <source>polygraph rule set</source>
        <translation>набір правил поліграфа</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="348"/>
        <source>workflow rule set</source>
        <translation>набір правил етапів роботи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="349"/>
        <source>The %1 is not valid (nested too deeply).</source>
        <translation>Недійсний %1 (надто глибока вкладеність).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="350"/>
        <source>The %1 is not valid at %2.</source>
        <translation>Недійсний %1: помилка в %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="351"/>
        <source>The %1 is not valid: %2.</source>
        <translation>Недійсний %1: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="352"/>
        <source>charts min is above max</source>
        <translation>мінімальна кількість графіків більша за максимальну</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="353"/>
        <source>method %1 names an unknown rule</source>
        <translation>метод %1 посилається на невідоме правило</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="354"/>
        <source>rule %1 has no %2 cutscore</source>
        <translation>у правилі %1 немає порогу %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="355"/>
        <source>rule %1 names an unknown method</source>
        <translation>правило %1 посилається на невідомий метод</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="356"/>
        <source>rule %1 names an ESS-M table or parameter that does not exist</source>
        <translation>правило %1 посилається на таблицю чи параметр ESS-M, яких не існує</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="357"/>
        <source>format %1 names an unknown rule or method</source>
        <translation>формат %1 посилається на невідоме правило чи метод</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="358"/>
        <source>This field is required.</source>
        <translation>Обов&apos;язкове поле.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="359"/>
        <source>Not one of the listed choices.</source>
        <translation>Такого варіанта немає в переліку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="360"/>
        <source>Choose %1 to %2.</source>
        <translation>Виберіть від %1 до %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="361"/>
        <source>Use a date as YYYY-MM-DD.</source>
        <translation>Вкажіть дату як РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="362"/>
        <source>Not allowed.</source>
        <translation>Не дозволено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="363"/>
        <source>%1: %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="364"/>
        <source>the interviewer&apos;s assessment is missing</source>
        <translation>бракує оцінки того, хто проводив співбесіду</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="365"/>
        <source>the examiner&apos;s result is missing</source>
        <translation>бракує висновку поліграфолога</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="366"/>
        <source>the result is still pending</source>
        <translation>результат ще очікується</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="367"/>
        <source>no outcome</source>
        <translation>рішення не вказано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="368"/>
        <source>The backup copy failed its integrity check.</source>
        <translation>Резервна копія не пройшла перевірку цілісності.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="369"/>
        <source>The backup&apos;s audit log does not verify: %1.</source>
        <translation>Журнал аудиту в резервній копії не пройшов перевірку: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="370"/>
        <source>That backup file already exists; choose a new name.</source>
        <translation>Такий файл резервної копії вже існує; виберіть іншу назву.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="371"/>
        <source>This is not a Field Dossier backup, or it has been altered.</source>
        <translation>Це не резервна копія Field Dossier, або її змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="372"/>
        <source>This backup is larger than any vault could be.</source>
        <translation>Ця резервна копія більша, ніж може бути будь-яке сховище.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="373"/>
        <source>This backup was made by an unknown version.</source>
        <translation>Цю резервну копію зроблено невідомою версією програми.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="374"/>
        <source>The backup is damaged or has been altered.</source>
        <translation>Резервна копія пошкоджена або змінена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="375"/>
        <source>This is not a Field Dossier backup, or it is damaged.</source>
        <translation>Це не резервна копія Field Dossier, або вона пошкоджена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="376"/>
        <source>A vault already exists there; restore refuses to overwrite it.</source>
        <translation>Там уже є сховище; відновлення не перезаписує його.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="377"/>
        <source>The backup file was not found.</source>
        <translation>Файл резервної копії не знайдено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="378"/>
        <source>The backup was not written: %1.</source>
        <translation>Резервну копію не записано: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="379"/>
        <source>The restored vault was not written: %1.</source>
        <translation>Відновлене сховище не записано: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="380"/>
        <source>The copy before the upgrade was not written: %1.</source>
        <translation>Копію перед оновленням не записано: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="381"/>
        <source>entry %1 is missing</source>
        <translation>запис %1 відсутній</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="382"/>
        <source>entry %1 does not follow entry %2</source>
        <translation>запис %1 не продовжує запис %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="383"/>
        <source>entry %1 has been altered</source>
        <translation>запис %1 змінено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="384"/>
        <source>Cannot open the vault&apos;s lock file: %1.</source>
        <translation>Не вдається відкрити файл блокування сховища: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="385"/>
        <source>The revocation list is damaged.</source>
        <translation>Список відкликаних сертифікатів пошкоджений.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="386"/>
        <source>The revocation list is not signed by HQ.</source>
        <translation>Список відкликаних сертифікатів не підписаний штабом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="387"/>
        <source>The vault database is missing; restore it from a backup.</source>
        <translation>Базу даних сховища не знайдено; відновіть її з резервної копії.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="388"/>
        <source>An attachment&apos;s content does not match its recorded SHA-256.</source>
        <translation>Вміст вкладення не збігається із записаним SHA-256.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="389"/>
        <source>This vault has no HQ recovery slot (it was enrolled without one).</source>
        <translation>Це сховище не має слоту відновлення для штабу (його зареєстровано без нього).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="390"/>
        <source>The recovery slot is not sealed to this HQ, or it is damaged.</source>
        <translation>Слот відновлення запечатаний не для цього штабу або пошкоджений.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="391"/>
        <source>The recovery slot is damaged.</source>
        <translation>Слот відновлення пошкоджений.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="392"/>
        <source>The recovery slot belongs to another vault.</source>
        <translation>Слот відновлення належить іншому сховищу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="393"/>
        <source>This update package is not newer than the one installed; nothing changed.</source>
        <translation>Цей пакет оновлення не новіший за встановлений; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="394"/>
        <source>No such version of that case.</source>
        <translation>Такої версії справи немає.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="395"/>
        <source>A stored record does not match the dossier format.</source>
        <translation>Збережений запис не відповідає формату досьє.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="396"/>
        <source>A stored polygraph exam does not match the dossier format.</source>
        <translation>Збережене опитування на поліграфі не відповідає формату досьє.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="397"/>
        <source>A post code is needed.</source>
        <translation>Потрібен код пункту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="398"/>
        <source>A vault already exists there; it was not touched.</source>
        <translation>Там уже є сховище; його не змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="399"/>
        <source>That folder is not empty; choose an empty or new folder.</source>
        <translation>Ця тека не порожня; виберіть порожню або нову теку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="400"/>
        <source>No vault at that location.</source>
        <translation>За цим шляхом сховища немає.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="401"/>
        <source>The recovery slot does not open this vault&apos;s database.</source>
        <translation>Слот відновлення не відкриває базу даних цього сховища.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="402"/>
        <source>This vault was made by a newer version of Field Dossier; update the app.</source>
        <translation>Це сховище створене новішою версією Field Dossier; оновіть програму.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="403"/>
        <source>Search text is too long (over %1 characters).</source>
        <translation>Текст пошуку задовгий (понад %1 символів).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="404"/>
        <source>Unbalanced quote in search text.</source>
        <translation>У тексті пошуку непарна кількість лапок.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="405"/>
        <source>&apos;*&apos; may only end a word, as in ivan*.</source>
        <translation>«*» може стояти лише в кінці слова, як-от іван*.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="406"/>
        <source>Type at least %1 letters before &apos;*&apos;.</source>
        <translation>Введіть щонайменше %1 літери перед «*».</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="407"/>
        <source>Type a name, case number, document number or words to search for.</source>
        <translation>Введіть ім&apos;я, номер справи, номер документа або слова для пошуку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="408"/>
        <source>Use at most %1 words in one search.</source>
        <translation>В одному пошуку можна вжити щонайбільше %1 слів.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="409"/>
        <source>The post code must be 2-8 Latin letters or digits, starting with a letter</source>
        <translation>Код пункту — це 2–8 латинських літер або цифр, що починаються з літери</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="410"/>
        <source>This post has used every station code; open a second post code.</source>
        <translation>Цей пункт використав усі коди станцій; відкрийте другий код пункту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="411"/>
        <source>The dossier document has %1 problem(s).</source>
        <translation>У документі досьє проблем: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="412"/>
        <source>The attachment needs a file name.</source>
        <translation>Вкладенню потрібна назва файлу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="413"/>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="414"/>
        <source>This is not a retention policy (field-dossier/retention/1).</source>
        <translation>Це не політика зберігання (field-dossier/retention/1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="415"/>
        <source>The retention policy names an unknown outcome.</source>
        <translation>Політика зберігання називає невідоме рішення.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="416"/>
        <source>Retention months must be whole numbers from 1 to 600.</source>
        <translation>Строк зберігання в місяцях має бути цілим числом від 1 до 600.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="417"/>
        <source>That is not an age recipient (age1…).</source>
        <translation>Це не одержувач age (age1…).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="418"/>
        <source>This vault is not enrolled with HQ, so it has no HQ key to encrypt to. Enrol it (dossier enroll FILE), or give HQ&apos;s recipient.txt with --recipient-file.</source>
        <translation>Це сховище не зареєстроване в штабі, тож не має ключа штабу для шифрування. Зареєструйте його (dossier enroll ФАЙЛ) або вкажіть recipient.txt штабу через --recipient-file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="419"/>
        <source>Cannot write the enrolment file: %1.</source>
        <translation>Не вдається записати файл реєстрації: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="420"/>
        <source>Cannot read the enrolment file: %1.</source>
        <translation>Не вдається прочитати файл реєстрації: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="421"/>
        <source>That is not an enrolment file (too large).</source>
        <translation>Це не файл реєстрації (завеликий).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="422"/>
        <source>Wrong one-time passphrase, or the enrolment file is damaged.</source>
        <translation>Неправильна одноразова парольна фраза, або файл реєстрації пошкоджений.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="423"/>
        <source>The enrolment file is damaged.</source>
        <translation>Файл реєстрації пошкоджений.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="424"/>
        <source>This computer is too busy right now to open the file (it asks for more work than the computer can do at the moment). Close other programs and try again.</source>
        <translation>Комп’ютер зараз надто завантажений, щоб відкрити файл (файл вимагає більше обчислень, ніж комп’ютер може виконати цієї миті). Закрийте інші програми й спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="425"/>
        <source>The enrolment file is damaged or incomplete.</source>
        <translation>Файл реєстрації пошкоджений або неповний.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="426"/>
        <source>The officer certificate is %1.</source>
        <translation>Сертифікат офіцера: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="427"/>
        <source>The officer key does not match its certificate.</source>
        <translation>Ключ офіцера не відповідає його сертифікату.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="428"/>
        <source>The stored signing key is not an ECDSA key.</source>
        <translation>Збережений ключ підпису не є ключем ECDSA.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="429"/>
        <source>A certificate is damaged.</source>
        <translation>Сертифікат пошкоджений.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="430"/>
        <source>Cannot read the bundle: %1.</source>
        <translation>Не вдається прочитати пакет: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="431"/>
        <source>An HQ key store already exists there; it was not touched.</source>
        <translation>Там уже є сховище ключів штабу; його не змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="432"/>
        <source>No HQ key store there; create one with `dossier hq init DIR`.</source>
        <translation>Там немає сховища ключів штабу; створіть його командою `dossier hq init ТЕКА`.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="433"/>
        <source>The HQ key store is damaged.</source>
        <translation>Сховище ключів штабу пошкоджене.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="434"/>
        <source>Wrong HQ passphrase, or the HQ key store is damaged.</source>
        <translation>Неправильна парольна фраза штабу, або сховище ключів штабу пошкоджене.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="435"/>
        <source>No certificate in force has that serial number.</source>
        <translation>Немає чинного сертифіката з таким серійним номером.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="436"/>
        <source>Name the certificate: its serial number, or the call sign and the post.</source>
        <translation>Укажіть сертифікат: його серійний номер або позивний і пункт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="437"/>
        <source>No certificate in force for that call sign at that post.</source>
        <translation>Немає чинного сертифіката для цього позивного на цьому пункті.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="438"/>
        <source>That folder is not an HQ key store.</source>
        <translation>Ця тека не є сховищем ключів штабу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="439"/>
        <source>The form template is not valid: %1</source>
        <translation>Шаблон форми недійсний: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="440"/>
        <source>The form template is not valid: field ids must be unique</source>
        <translation>Шаблон форми недійсний: ідентифікатори полів мають бути унікальними</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="441"/>
        <source>No form template %1 version %2.</source>
        <translation>Немає шаблону форми %1 версії %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="442"/>
        <source>The watchlist has %1 problem(s).</source>
        <translation>У списку спостереження проблем: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="443"/>
        <source>A post&apos;s vault holds the figures of its own post (%1) only.</source>
        <translation>Сховище пункту містить дані лише свого пункту (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="444"/>
        <source>The range starts (%1) after it ends (%2).</source>
        <translation>Період починається (%1) пізніше, ніж закінчується (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="445"/>
        <source>Dates are written YYYY-MM-DD (%1).</source>
        <translation>Дати записують як РРРР-ММ-ДД (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="446"/>
        <source>Cannot write %1: %2.</source>
        <translation>Не вдалося записати %1: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="447"/>
        <source>Cannot read %1: %2.</source>
        <translation>Не вдалося прочитати %1: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="448"/>
        <source>the transfer</source>
        <translation>документ про передання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="449"/>
        <source>the deletion notice</source>
        <translation>повідомлення про видалення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="450"/>
        <source>the re-issued case</source>
        <translation>перевидану справу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="451"/>
        <source>That is not a transfer for this HQ, or it is damaged.</source>
        <translation>Це не документ про передання для цього штабу, або його пошкоджено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="452"/>
        <source>That is not a deletion notice for this HQ, or it is damaged.</source>
        <translation>Це не повідомлення про видалення для цього штабу, або його пошкоджено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="453"/>
        <source>The update package&apos;s receipts are damaged.</source>
        <translation>Квитанції в пакеті оновлення пошкоджені.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="454"/>
        <source>No form templates (NAME.vN.json) in that folder.</source>
        <translation>У цій теці немає шаблонів форм (НАЗВА.vN.json).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="455"/>
        <source>%1 is not a polygraph or workflow rule set.</source>
        <translation>%1 не є набором правил поліграфа чи порядку роботи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="456"/>
        <source>Nothing to package: give --watchlist, --forms, --rules or --retention.</source>
        <translation>Нічого пакувати: вкажіть --watchlist, --forms, --rules або --retention.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="457"/>
        <source>Bad file name in package: %1</source>
        <translation>Неприпустима назва файлу в пакеті: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="458"/>
        <source>Cannot write the package: %1.</source>
        <translation>Не вдалося записати пакет: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="459"/>
        <source>Cannot read the package: %1.</source>
        <translation>Не вдалося прочитати пакет: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="460"/>
        <source>The update package is too large.</source>
        <translation>Пакет оновлення завеликий.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="461"/>
        <source>The update package is not from your HQ, or it is damaged or truncated.</source>
        <translation>Пакет оновлення не від вашого штабу або пошкоджений чи обрізаний.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="462"/>
        <source>The update package contains an unexpected file.</source>
        <translation>Пакет оновлення містить неочікуваний файл.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="463"/>
        <source>The update package is unsigned.</source>
        <translation>Пакет оновлення не підписаний.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="464"/>
        <source>The update package&apos;s signature is not HQ&apos;s.</source>
        <translation>Підпис пакета оновлення не належить штабу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="465"/>
        <source>The update package&apos;s manifest is damaged.</source>
        <translation>Перелік файлів пакета оновлення пошкоджений.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="466"/>
        <source>A file in the update package does not match its signed hash.</source>
        <translation>Файл у пакеті оновлення не збігається зі своїм підписаним хешем.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="467"/>
        <source>A file in the update package is not JSON.</source>
        <translation>Файл у пакеті оновлення не є JSON.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="468"/>
        <source>This vault is not enrolled with HQ, so it cannot check update packages. Enrol it first.</source>
        <translation>Це сховище не зареєстроване в штабі, тож не може перевіряти пакети оновлення. Спершу зареєструйте його.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="469"/>
        <source>This package (number %1) is not newer than the installed one (number %2); nothing changed.</source>
        <translation>Цей пакет (номер %1) не новіший за встановлений (номер %2); нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="470"/>
        <source>The QR code is for case %1, not %2.</source>
        <translation>QR-код належить справі %1, а не %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="471"/>
        <source>Give the SHA-256 printed under the QR code (64 hexadecimal characters) or the QR code&apos;s text.</source>
        <translation>Вкажіть SHA-256, надрукований під QR-кодом (64 шістнадцяткові символи), або текст QR-коду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="472"/>
        <source>it is the newest version on record</source>
        <translation>це найновіша версія в записах</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="473"/>
        <source>a newer version exists: version %1</source>
        <translation>є новіша версія: версія %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="474"/>
        <source>MATCH: the paper is version %1 of %2, signed %3 UTC by %4 (%5), imported %6 UTC; %7.</source>
        <translation>ЗБІГ: папір — це версія %1 справи %2, підписана %3 UTC, підписав %4 (%5), імпортована %6 UTC; %7.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="475"/>
        <source>NO MATCH: the paper matches none of the %1 version(s) of %2 on record. Treat the paper as altered or unknown.</source>
        <translation>НЕМАЄ ЗБІГУ: папір не збігається з жодною з версій справи %2 у записах (усього %1). Вважайте папір зміненим або невідомим.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="476"/>
        <source>Case %1 is not in this vault.</source>
        <translation>Справи %1 немає в цьому сховищі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="477"/>
        <source>MATCH: the paper shows the current record of %1.</source>
        <translation>ЗБІГ: папір показує поточний запис справи %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="478"/>
        <source>NO MATCH: the record of %1 has changed since the paper was printed, or the paper was altered.</source>
        <translation>НЕМАЄ ЗБІГУ: запис справи %1 змінився після друку паперу, або папір було змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="479"/>
        <source>The recovery slot is empty.</source>
        <translation>Слот відновлення порожній.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="480"/>
        <source>cannot read the expression at &apos;%1&apos;</source>
        <translation>не вдалося прочитати вираз у місці «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="481"/>
        <source>expected &apos;%1&apos;</source>
        <translation>очікувалося «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="482"/>
        <source>the expression ends too early</source>
        <translation>вираз обривається зарано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="483"/>
        <source>unexpected &apos;%1&apos; in the expression</source>
        <translation>неочікуване «%1» у виразі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="484"/>
        <source>unknown function &apos;%1()&apos;</source>
        <translation>невідома функція «%1()»</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="485"/>
        <source>nested too deeply</source>
        <translation>надто глибока вкладеність</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="490"/>
        <source>field &apos;%1&apos;: unknown type &apos;%2&apos;</source>
        <translation>поле «%1»: невідомий тип «%2»</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="491"/>
        <source>field &apos;%1&apos;: the type is missing</source>
        <translation>поле «%1»: не вказано тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="492"/>
        <source>field &apos;%1&apos;: choices must be a list of objects</source>
        <translation>поле «%1»: варіанти мають бути списком об&apos;єктів</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="493"/>
        <source>field &apos;%1&apos;: a choice field needs choices</source>
        <translation>поле «%1»: полю з вибором потрібні варіанти</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="504"/>
        <source>the label of field &apos;%1&apos;</source>
        <translation>підпис поля «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="505"/>
        <source>the lowest value of field &apos;%1&apos;</source>
        <translation>найменше значення поля «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="506"/>
        <source>the highest value of field &apos;%1&apos;</source>
        <translation>найбільше значення поля «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="486"/>
        <source>%1 must map language codes to text</source>
        <translation>%1 має зіставляти коди мов із текстом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="487"/>
        <source>%1 must be text</source>
        <translation>%1 має бути текстом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="488"/>
        <source>%1 must be a whole number</source>
        <translation>%1 має бути цілим числом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="489"/>
        <source>a field must be an object</source>
        <translation>поле має бути об&apos;єктом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="494"/>
        <source>a template is an object with a list of sections</source>
        <translation>шаблон — це об&apos;єкт зі списком розділів</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="495"/>
        <source>a section is an object with a list of fields</source>
        <translation>розділ — це об&apos;єкт зі списком полів</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="496"/>
        <source>a section id</source>
        <translation>ідентифікатор розділу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="497"/>
        <source>a section title</source>
        <translation>назва розділу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="498"/>
        <source>the template id</source>
        <translation>ідентифікатор шаблону</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="499"/>
        <source>the version</source>
        <translation>версія</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="500"/>
        <source>the title</source>
        <translation>назва</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="501"/>
        <source>a field id</source>
        <translation>ідентифікатор поля</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="502"/>
        <source>a choice value</source>
        <translation>значення варіанта</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="503"/>
        <source>a choice label</source>
        <translation>підпис варіанта</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="507"/>
        <source>a constraint</source>
        <translation>обмеження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="508"/>
        <source>a constraint message</source>
        <translation>повідомлення обмеження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="509"/>
        <source>a relevance rule</source>
        <translation>правило показу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="510"/>
        <source>a hint</source>
        <translation>підказка</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="511"/>
        <source>no ESS-M table %1</source>
        <translation>немає таблиці ESS-M %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="512"/>
        <source>prior %1 is above every prior in %2</source>
        <translation>апріорна ймовірність %1 вища за всі апріорні ймовірності в %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="513"/>
        <source>alpha %1 is below .01</source>
        <translation>альфа %1 менша за .01</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="514"/>
        <source>Only a supervisor whose certificate from HQ says supervisor can hand a case to another post; ask HQ to make the transfer.</source>
        <translation>Передати справу на інший пункт може лише керівник, чий сертифікат від штабу засвідчує, що він керівник; попросіть штаб оформити передавання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="515"/>
        <source>This vault is not enrolled with HQ, so it cannot hand a case to another post. Enrol it first.</source>
        <translation>Це сховище не зареєстроване у штабі, тож не може передати справу на інший пункт. Спершу зареєструйте його.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="516"/>
        <source>Post %1 is this post: hand the case over inside the vault instead (Hand over case…).</source>
        <translation>Пункт %1 — це ваш пункт: передайте справу в межах сховища (Передати справу…).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="517"/>
        <source>Case %1 was handed over to %2 (%3) through HQ on %4: it is read-only here.</source>
        <translation>Справу %1 передано %2 (%3) через штаб %4: тут вона лише для читання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="518"/>
        <source>That is not a case HQ re-issued to this post, or it is damaged or truncated; nothing was installed.</source>
        <translation>Це не справа, яку штаб переоформив на цей пункт, або файл пошкоджений чи неповний; нічого не встановлено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="519"/>
        <source>The re-issued case is not signed by your HQ&apos;s certificate authority; nothing was installed.</source>
        <translation>Переоформлену справу не підписав центр сертифікації (УЦ) вашого штабу; нічого не встановлено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="520"/>
        <source>The re-issued case is damaged (%1); nothing was installed.</source>
        <translation>Переоформлена справа пошкоджена (%1); нічого не встановлено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="521"/>
        <source>The case inside the hand-over failed its check at %1 (%2); nothing was installed.</source>
        <translation>Справа в переданому файлі не пройшла перевірку «%1» (%2); нічого не встановлено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="522"/>
        <source>HQ re-issued this case to %1 (%2), not to you (%3, %4); nothing was installed.</source>
        <translation>Штаб переоформив цю справу на %1 (%2), а не на вас (%3, %4); нічого не встановлено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="523"/>
        <source>HQ re-issued this case to certificate %1 of %2, but your enrolment on this vault is certificate %3; nothing was installed. Ask HQ to re-issue it to your current enrolment.</source>
        <translation>Штаб переоформив цю справу на сертифікат %1 офіцера %2, а ваша реєстрація в цьому сховищі — сертифікат %3; нічого не встановлено. Попросіть штаб переоформити справу на вашу чинну реєстрацію.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="524"/>
        <source>This hand-over (%1) was already installed on %2: a copy cannot bring the case back; nothing changed.</source>
        <translation>Це передавання (%1) уже встановлено %2: копія не може повернути справу; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="525"/>
        <source>Case %1 is already in this vault; nothing was installed.</source>
        <translation>Справа %1 уже є в цьому сховищі; нічого не встановлено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="526"/>
        <source>HQ has no active enrolment of %1 at post %2: enrol the officer first.</source>
        <translation>У штабі немає чинної реєстрації %1 на пункті %2: спершу зареєструйте офіцера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="527"/>
        <source>No transfer of case %1 to another officer is on record: record one first (dossier hq transfer).</source>
        <translation>Передавання справи %1 іншому офіцеру не записано: спершу запишіть його (dossier hq transfer).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="528"/>
        <source>HQ holds no imported version of case %1: import its bundle first.</source>
        <translation>У штабі немає імпортованої версії справи %1: спершу імпортуйте її пакет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="529"/>
        <source>The transfer of case %1 stays at post %2: HQ re-issues only to another post.</source>
        <translation>Передавання справи %1 не виходить за межі пункту %2: штаб переоформлює справи лише на інший пункт.</translation>
    </message>
</context>
<context>
    <name>ExamTab</name>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="46"/>
        <source>A polygraph result is a trigger for follow-up, not a verdict (National Research Council, The Polygraph and Lie Detection, 2003).</source>
        <translation>Результат поліграфа — привід для додаткової перевірки, а не вирок (Національна дослідницька рада США, «Поліграф і виявлення брехні», 2003).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="59"/>
        <source>Examiner</source>
        <translation>Поліграфолог</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="60"/>
        <source>Held on</source>
        <translation>Дата проведення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="61"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="62"/>
        <source>Instrument</source>
        <translation>Прилад</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="63"/>
        <source>Serial number</source>
        <translation>Серійний номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="64"/>
        <source>Technique (notes)</source>
        <translation>Методика (нотатки)</translation>
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
        <location filename="../../app/ui/dossier/exam_tab.py" line="74"/>
        <source>Copy questions from exam %1</source>
        <translation>Копіювати запитання з опитування %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="87"/>
        <source>(no result yet)</source>
        <translation>(результату ще немає)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="88"/>
        <source>NDI: no deception indicated</source>
        <translation>NDI: ознак обману не виявлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="89"/>
        <source>DI: deception indicated</source>
        <translation>DI: виявлено ознаки обману</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="90"/>
        <source>INC: inconclusive</source>
        <translation>INC: невизначено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="90"/>
        <source>NO: no opinion</source>
        <translation>NO: без висновку</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="91"/>
        <source>PNC: purposeful non-cooperation</source>
        <translation>PNC: навмисна протидія</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="95"/>
        <source>Computed from the scores</source>
        <translation>Обчислено за оцінками</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="96"/>
        <source>Examiner&apos;s result</source>
        <translation>Висновок поліграфолога</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="97"/>
        <source>Admissions</source>
        <translation>Зізнання</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="97"/>
        <source>Pre-test notes</source>
        <translation>Нотатки до тесту</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="98"/>
        <source>Post-test notes</source>
        <translation>Нотатки після тесту</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="108"/>
        <source>Questions</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="114"/>
        <source>Scores</source>
        <translation>Оцінки</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="156"/>
        <source>Exam format</source>
        <translation>Формат опитування</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="157"/>
        <source>Replace the question list with the format&apos;s? Question texts typed under the same labels are kept.</source>
        <translation>Замінити перелік запитань переліком із формату? Тексти запитань із тими самими позначками буде збережено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="166"/>
        <location filename="../../app/ui/dossier/exam_tab.py" line="169"/>
        <source>Copy questions</source>
        <translation>Копіювання запитань</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="167"/>
        <source>Exam %1 has no questions to copy yet.</source>
        <translation>В опитуванні %1 ще немає запитань, які можна скопіювати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="170"/>
        <source>Replace this exam&apos;s question list with exam %1&apos;s?</source>
        <translation>Замінити перелік запитань цього опитування переліком з опитування %1?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="194"/>
        <source>Not computed yet: %1</source>
        <translation>Ще не обчислено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="196"/>
        <source>The examiner&apos;s result differs from the computed one.</source>
        <translation>Висновок поліграфолога відрізняється від обчисленого.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="198"/>
        <source>Scored with an unknown rule: the stored cutscores are not a rule this vault knows. Computed here with %1; the stated result needs review.</source>
        <translation>Оцінено за невідомим правилом: збережені порогові значення не належать жодному правилу, відомому цьому сховищу. Тут обчислено за правилом «%1»; указаний результат потребує перевірки.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="202"/>
        <source>These cutscores are not confirmed against their published source.</source>
        <translation>Ці порогові значення не звірено з опублікованим джерелом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="207"/>
        <source>The current default rule (%1) would give: %2</source>
        <translation>Чинне типове правило («%1») дало б: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="209"/>
        <source>not computed</source>
        <translation>не обчислено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="301"/>
        <source>The exam date is not a valid date.</source>
        <translation>Дата опитування некоректна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_tab.py" line="304"/>
        <source>Question labels must be unique.</source>
        <translation>Позначки запитань мають бути унікальними.</translation>
    </message>
</context>
<context>
    <name>ExportsDialog</name>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="36"/>
        <source>Not acknowledged yet ({0} day(s) since it was written)</source>
        <translation>Ще не підтверджено (днів від запису: {0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="38"/>
        <source>Received by HQ {0}: version {1}</source>
        <translation>Отримано штабом {0}: версія {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="40"/>
        <source>Received by HQ {0}: nothing had changed</source>
        <translation>Отримано штабом {0}: змін не було</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="42"/>
        <source>Received by HQ {0}: a newer export was already there</source>
        <translation>Отримано штабом {0}: там уже була новіша передача</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="44"/>
        <source>Received but refused by HQ {0}: ask HQ why</source>
        <translation>Отримано, але відхилено штабом {0}: запитайте штаб про причину</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="51"/>
        <source>Sent cases and receipts from HQ</source>
        <translation>Надіслані справи й підтвердження штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="53"/>
        <source>Only cases HQ has not acknowledged after</source>
        <translation>Лише справи, які штаб не підтвердив за</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="56"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="61"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="61"/>
        <source>Export no.</source>
        <translation>№ передачі</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="62"/>
        <source>Written to stick</source>
        <translation>Записано на носій</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="62"/>
        <source>Stick</source>
        <translation>Носій</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="63"/>
        <source>HQ</source>
        <translation>Штаб</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="97"/>
        <source>{0} case(s) written to a stick {1} or more days ago have no receipt from HQ. Receipts arrive with HQ&apos;s update packages.</source>
        <translation>Справ, записаних на носій {1} або більше днів тому, без підтвердження штабу: {0}. Підтвердження надходять у пакетах оновлень штабу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports_dialog.py" line="99"/>
        <source>Every case written to a stick {0} or more days ago has a receipt from HQ.</source>
        <translation>Кожна справа, записана на носій {0} або більше днів тому, має підтвердження штабу.</translation>
    </message>
</context>
<context>
    <name>FlagNames</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="35"/>
        <source>polygraph: deception indicated</source>
        <translation>поліграф: виявлено ознаки обману</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="36"/>
        <source>polygraph: inconclusive</source>
        <translation>поліграф: невизначений результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="37"/>
        <source>polygraph: no opinion</source>
        <translation>поліграф: без висновку</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="38"/>
        <source>polygraph: purposeful non-cooperation</source>
        <translation>поліграф: навмисна відмова від співпраці</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="39"/>
        <source>examiner&apos;s result differs from the scores</source>
        <translation>висновок поліграфолога розходиться з оцінками</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="40"/>
        <source>the two polygraph exams disagree</source>
        <translation>два опитування на поліграфі розходяться</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="41"/>
        <source>the two exams are not independent</source>
        <translation>два опитування не є незалежними</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="42"/>
        <source>adverse background check</source>
        <translation>негативна перевірка</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="43"/>
        <source>inconclusive background check</source>
        <translation>невизначена перевірка</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="44"/>
        <source>interview not credible</source>
        <translation>співбесіда неправдоподібна</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="45"/>
        <source>interview doubtful</source>
        <translation>співбесіда сумнівна</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="46"/>
        <source>contact with Russian services</source>
        <translation>контакт із російськими спецслужбами</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="47"/>
        <source>relatives in hostile territory</source>
        <translation>родичі на ворожій території</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="48"/>
        <source>interview differs from the application</source>
        <translation>співбесіда розходиться із заявою</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="49"/>
        <source>a step is overdue</source>
        <translation>етап прострочено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="50"/>
        <source>possible duplicate</source>
        <translation>можливий дублікат</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="51"/>
        <source>watchlist match</source>
        <translation>збіг зі списком спостереження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="52"/>
        <source>handed over to another post (read-only)</source>
        <translation>передано на інший пункт (лише для читання)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="862"/>
        <source>likely duplicate</source>
        <translation>ймовірний дублікат</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="863"/>
        <source>possible watchlist match</source>
        <translation>можливий збіг зі списком спостереження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="864"/>
        <source>two polygraph exams disagree</source>
        <translation>два поліграфні дослідження розходяться</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="865"/>
        <source>exam scored with an unknown rule</source>
        <translation>дослідження оцінено за невідомим правилом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="866"/>
        <source>decision rule does not fit the exam</source>
        <translation>правило рішення не відповідає дослідженню</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="867"/>
        <source>another case was merged into this one</source>
        <translation>до цієї справи об&apos;єднано іншу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="868"/>
        <source>merged into another case</source>
        <translation>об&apos;єднано з іншою справою</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="9"/>
        <source>Polygraph exam %1 indicates deception: a trigger for follow-up investigation, not a verdict.</source>
        <translation>Опитування на поліграфі %1 показує ознаки обману: це привід для додаткової перевірки, а не вирок.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="10"/>
        <location filename="../../app/ui/catalogue.py" line="11"/>
        <location filename="../../app/ui/catalogue.py" line="12"/>
        <source>Polygraph exam %1 result is %2.</source>
        <translation>Результат опитування на поліграфі %1: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="13"/>
        <source>Exam %1: the scores give %2 but the examiner stated %3.</source>
        <translation>Опитування %1: за оцінками %2, але поліграфолог указав %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="14"/>
        <source>Polygraph exams %1 and %2 disagree (%3): exam %4 or further investigation.</source>
        <translation>Опитування на поліграфі %1 і %2 розходяться (%3): потрібне опитування %4 або додаткова перевірка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="15"/>
        <source>Polygraph exams %1 and %2 disagree (%3).</source>
        <translation>Опитування на поліграфі %1 і %2 розходяться (%3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="16"/>
        <source>Polygraph exams are not independent: %1.</source>
        <translation>Опитування на поліграфі не є незалежними: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="17"/>
        <source>Exam %1 was scored with an unknown rule: its stated result (%2) needs review.</source>
        <translation>Опитування %1 оцінено за невідомим правилом: указаний результат (%2) потребує перевірки.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="18"/>
        <source>Exam %1: the decision rule does not fit the exam&apos;s format.</source>
        <translation>Опитування %1: правило рішення не відповідає формату опитування.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="19"/>
        <source>The %1 check is adverse.</source>
        <translation>Перевірка «%1» негативна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="20"/>
        <source>The %1 check is inconclusive.</source>
        <translation>Перевірка «%1» невизначена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="21"/>
        <source>Interview %1 was assessed not credible.</source>
        <translation>Співбесіду %1 оцінено як неправдоподібну.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="22"/>
        <source>Interview %1 was assessed doubtful.</source>
        <translation>Співбесіду %1 оцінено як сумнівну.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="23"/>
        <source>The applicant reports contact with Russian services.</source>
        <translation>Заявник повідомляє про контакти з російськими спецслужбами.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="24"/>
        <source>Relatives live in hostile or occupied territory: a coercion risk.</source>
        <translation>Родичі проживають на ворожій чи окупованій території: ризик примусу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="25"/>
        <source>The %1 given in interview %2 differs from the application.</source>
        <translation>Відомості «%1», надані на співбесіді %2, відрізняються від заяви.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="26"/>
        <source>The %1 step is open %2 days after the application (due within %3).</source>
        <translation>Етап «%1» не завершено через %2 дн. після заяви (строк — %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="27"/>
        <source>Likely the same person as %1 (score %2: %3).</source>
        <translation>Ймовірно, та сама особа, що й %1 (оцінка %2: %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="28"/>
        <source>Possibly the same person as %1 (score %2: %3).</source>
        <translation>Можливо, та сама особа, що й %1 (оцінка %2: %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="29"/>
        <source>Matches watchlist entry %1 (score %2: %3).</source>
        <translation>Збіг із записом списку спостереження %1 (оцінка %2: %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="30"/>
        <source>May match watchlist entry %1 (score %2: %3).</source>
        <translation>Можливий збіг із записом списку спостереження %1 (оцінка %2: %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="31"/>
        <source>Case %1 was merged into this case.</source>
        <translation>Справу %1 об&apos;єднано з цією справою.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="32"/>
        <source>Merged into case %1.</source>
        <translation>Об&apos;єднано зі справою %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="33"/>
        <source>Handed over to %1 (%2) through HQ on %3: read-only here.</source>
        <translation>Передано %1 (%2) через штаб %3: тут лише для читання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="34"/>
        <source>In merged case %1: %2</source>
        <translation>У приєднаній справі %1: %2</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <location filename="../../app/ui/dossier/flags_panel.py" line="38"/>
        <source>No risk flags.</source>
        <translation>Позначок ризику немає.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/flags_panel.py" line="42"/>
        <source>red</source>
        <translation>червона</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/flags_panel.py" line="42"/>
        <source>amber</source>
        <translation>жовта</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/flags_panel.py" line="42"/>
        <source>info</source>
        <translation>довідка</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/flags_panel.py" line="43"/>
        <source>Merge into this case…</source>
        <translation>Приєднати до цієї справи…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/flags_panel.py" line="43"/>
        <source>Not the same person…</source>
        <translation>Це інша особа…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/flags_panel.py" line="53"/>
        <source>Click a flag to open the part of the case it rests on.</source>
        <translation>Клацніть позначку, щоб відкрити частину справи, на якій вона ґрунтується.</translation>
    </message>
</context>
<context>
    <name>FormText</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="198"/>
        <source>%1</source>
        <translation>%2</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../../app/ui/dossier/form_widget.py" line="97"/>
        <source>not rated</source>
        <translation>не оцінено</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../app/ui/help_dialog.py" line="28"/>
        <source>User guide</source>
        <translation>Посібник користувача</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_dialog.py" line="48"/>
        <source>The guide is not installed with this copy of the app.</source>
        <translation>У цій копії програми посібник не встановлено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_dialog.py" line="58"/>
        <source>This guide is not translated yet; it is shown in English.</source>
        <translation>Цей посібник ще не перекладено; його показано англійською.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_dialog.py" line="86"/>
        <source>This link leads to the web (%1); the app works offline and does not open it.</source>
        <translation>Це посилання веде в інтернет (%1); програма працює без мережі й не відкриває його.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="56"/>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="57"/>
        <source>opened</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="58"/>
        <source>saved</source>
        <translation>збережено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="59"/>
        <source>decision recorded</source>
        <translation>внесено рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="60"/>
        <source>sealed</source>
        <translation>скріплено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="61"/>
        <source>printed</source>
        <translation>надруковано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="62"/>
        <source>attachment added</source>
        <translation>додано вкладення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="63"/>
        <source>sent to HQ</source>
        <translation>надіслано до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="64"/>
        <source>case file signed</source>
        <translation>справу підписано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="65"/>
        <source>imported at HQ</source>
        <translation>імпортовано у штабі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="66"/>
        <source>marked not a duplicate</source>
        <translation>позначено як не дублікат</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="67"/>
        <source>merged as a duplicate</source>
        <translation>об&apos;єднано як дублікат</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="68"/>
        <location filename="../../app/ui/catalogue.py" line="90"/>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="69"/>
        <source>backup made</source>
        <translation>створено резервну копію</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="70"/>
        <source>bundle sent again</source>
        <translation>пакет надіслано повторно</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="71"/>
        <source>revocation list installed</source>
        <translation>встановлено список відкликаних сертифікатів</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="72"/>
        <source>enrolled with HQ</source>
        <translation>зареєстровано у штабі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="73"/>
        <source>failed unlock</source>
        <translation>невдала спроба розблокування</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="74"/>
        <source>HQ changed</source>
        <translation>змінено штаб</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="75"/>
        <source>vault identity created</source>
        <translation>створено ідентичність сховища</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="76"/>
        <source>unlocked</source>
        <translation>розблоковано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="77"/>
        <source>passphrase changed</source>
        <translation>змінено парольну фразу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="78"/>
        <source>vault policy changed</source>
        <translation>змінено правила сховища</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="79"/>
        <source>data key changed</source>
        <translation>змінено ключ даних</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="80"/>
        <source>role changed</source>
        <translation>змінено роль</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="81"/>
        <source>setting changed</source>
        <translation>змінено налаштування</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="82"/>
        <source>signing refused</source>
        <translation>у підписанні відмовлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="83"/>
        <source>station code assigned</source>
        <translation>призначено код станції</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="84"/>
        <source>transfer recorded</source>
        <translation>передавання записано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="85"/>
        <source>transfer signed</source>
        <translation>передавання підписано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="86"/>
        <source>update package installed</source>
        <translation>встановлено пакет оновлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="87"/>
        <source>user added</source>
        <translation>додано користувача</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="88"/>
        <source>user removed</source>
        <translation>вилучено користувача</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="89"/>
        <source>watchlist imported</source>
        <translation>імпортовано список спостереження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="91"/>
        <source>retention policy set</source>
        <translation>правило зберігання встановлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="92"/>
        <source>retention applied</source>
        <translation>правило зберігання застосовано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="93"/>
        <source>handed over</source>
        <translation>справу передано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="94"/>
        <source>handed over to another post</source>
        <translation>справу передано на інший пункт</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="95"/>
        <source>case re-issued to another post</source>
        <translation>справу переоформлено на інший пункт</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="96"/>
        <source>deletion notice written</source>
        <translation>повідомлення про видалення записано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="97"/>
        <source>deletion notice recorded</source>
        <translation>повідомлення про видалення зареєстровано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="98"/>
        <source>bundle of a deleted case refused</source>
        <translation>пакет видаленої справи відхилено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="99"/>
        <source>bundle refused: the same export number with other content</source>
        <translation>пакет відхилено: той самий номер вивантаження з іншим вмістом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="100"/>
        <source>bundle kept aside: signed out of order</source>
        <translation>пакет відкладено: підписано не по черзі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="101"/>
        <source>bundle refused: not signed by the case&apos;s officer</source>
        <translation>пакет відхилено: підписав не офіцер справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="102"/>
        <source>bundle refused: sent from another laptop</source>
        <translation>пакет відхилено: надіслано з іншого ноутбука</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="103"/>
        <source>older bundle kept, not made current</source>
        <translation>старіший пакет збережено, але не зроблено поточним</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="104"/>
        <source>tampering detected</source>
        <translation>виявлено втручання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="105"/>
        <source>changes missing</source>
        <translation>бракує змін</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="106"/>
        <source>clock wrong</source>
        <translation>неправильний годинник</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="107"/>
        <source>certificate warning</source>
        <translation>попередження про сертифікат</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="108"/>
        <source>receipts from HQ overdue</source>
        <translation>підтвердження від штабу запізнюються</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="109"/>
        <source>vault created</source>
        <translation>сховище створено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="110"/>
        <source>restored from a backup</source>
        <translation>відновлено з резервної копії</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="111"/>
        <source>access recovered by HQ</source>
        <translation>доступ відновлено штабом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="112"/>
        <source>HQ decision or request recorded</source>
        <translation>внесено рішення або запит штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="113"/>
        <source>HQ decision or request received</source>
        <translation>отримано рішення або запит штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="231"/>
        <source>the decision</source>
        <translation>рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="232"/>
        <source>cleared</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="233"/>
        <source>case summary</source>
        <translation>довідка у справі</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="234"/>
        <source>signed case file</source>
        <translation>підписана справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="235"/>
        <source>demo data</source>
        <translation>навчальні дані</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="236"/>
        <source>demo data as drafts</source>
        <translation>навчальні дані як чернетки</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="237"/>
        <source>accept</source>
        <translation>прийняти</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="238"/>
        <source>reject</source>
        <translation>відмовити</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="239"/>
        <source>defer</source>
        <translation>відкласти</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="240"/>
        <source>refer</source>
        <translation>передати</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="243"/>
        <source>interview %1</source>
        <translation>співбесіда %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="244"/>
        <source>check %1</source>
        <translation>перевірка %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="245"/>
        <source>polygraph exam %1</source>
        <translation>опитування на поліграфі %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="246"/>
        <source>bundle sha256 %1 to %2</source>
        <translation>пакет sha256 %1 до %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="247"/>
        <source>export %1, bundle sha256 %2 to %3</source>
        <translation>експорт %1, пакет sha256 %2 до %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="248"/>
        <source>export %1, bundle sha256 %2</source>
        <translation>експорт %1, пакет sha256 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="249"/>
        <source>bundle sha256 %1</source>
        <translation>пакет sha256 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="250"/>
        <source>%1 notice(s) written</source>
        <translation>записано повідомлень: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="251"/>
        <source>pdf sha256 %1</source>
        <translation>PDF sha256 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="252"/>
        <source>from %1 to %2: %3</source>
        <translation>від %1 до %2: %3</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../app/ui/dossier/history_tab.py" line="29"/>
        <location filename="../../app/ui/dossier/history_tab.py" line="38"/>
        <source>When (UTC)</source>
        <translation>Коли (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/history_tab.py" line="29"/>
        <location filename="../../app/ui/dossier/history_tab.py" line="38"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/history_tab.py" line="29"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/history_tab.py" line="30"/>
        <source>Detail</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/history_tab.py" line="38"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/history_tab.py" line="39"/>
        <source>Reason, and the original</source>
        <translation>Причина й оригінал</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/history_tab.py" line="44"/>
        <source>Amendments to sealed records</source>
        <translation>Поправки до скріплених записів</translation>
    </message>
</context>
<context>
    <name>HqActions</name>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="38"/>
        <source>Enrol with HQ</source>
        <translation>Реєстрація у штабі</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="39"/>
        <source>Choose the enrolment file from HQ</source>
        <translation>Виберіть файл реєстрації від штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="42"/>
        <source>One-time passphrase (from HQ, on paper):</source>
        <translation>Одноразова парольна фраза (від штабу, на папері):</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="50"/>
        <source>This enrolment is for post {0}; this vault belongs to post {1}.</source>
        <translation>Ця реєстрація для пункту {0}; це сховище належить пункту {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="63"/>
        <source> HQ holds a recovery slot for this vault.</source>
        <translation> Штаб має слот відновлення для цього сховища.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="64"/>
        <source>Enrolled {0} with HQ.</source>
        <translation>{0} зареєстровано у штабі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="71"/>
        <source>Installed HQ: {0}
HQ in this file: {1}</source>
        <translation>Встановлений штаб: {0}
Штаб у цьому файлі: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="73"/>
        <source>This enrolment file is from another HQ than the one this laptop is enrolled with. Only a supervisor can switch this laptop to another HQ.</source>
        <translation>Цей файл реєстрації виданий іншим штабом, ніж той, у якому зареєстровано цей ноутбук. Перевести ноутбук до іншого штабу може лише керівник.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="77"/>
        <source>This enrolment file is from another HQ than the one this laptop is enrolled with. If you switch, every case sent from now on can be opened only by the new HQ. Compare both fingerprints with what HQ told you in person.</source>
        <translation>Цей файл реєстрації виданий іншим штабом, ніж той, у якому зареєстровано цей ноутбук. Якщо ви перейдете, кожну справу, надіслану відтепер, зможе відкрити лише новий штаб. Звірте обидва відбитки з тим, що штаб повідомив вам особисто.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="81"/>
        <source>Switch to the new HQ</source>
        <translation>Перейти до нового штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="88"/>
        <source>Install update package</source>
        <translation>Встановити пакет оновлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="89"/>
        <source>Choose the update package from HQ</source>
        <translation>Виберіть пакет оновлення від штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="94"/>
        <source>Installed update package {0}.</source>
        <translation>Пакет оновлення {0} встановлено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="100"/>
        <source>Choose the HQ key store folder</source>
        <translation>Виберіть теку ключів штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="103"/>
        <source>HQ passphrase:</source>
        <translation>Парольна фраза штабу:</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="111"/>
        <source>Import bundles</source>
        <translation>Імпорт пакетів справ</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="112"/>
        <source>Choose the folder or stick with the bundles</source>
        <translation>Виберіть теку або носій із пакетами справ</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="134"/>
        <source>Verify bundles</source>
        <translation>Перевірка пакетів справ</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="135"/>
        <source>Choose bundles</source>
        <translation>Виберіть пакети справ</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="135"/>
        <source>Bundles (*.fdb.age);;All files (*)</source>
        <translation>Пакети справ (*.fdb.age);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_actions.py" line="154"/>
        <source>{0} of {1} bundle(s) passed every check.</source>
        <translation>{0} з {1} пакетів пройшли всі перевірки.</translation>
    </message>
</context>
<context>
    <name>HqDecisionDialog</name>
    <message>
        <location filename="../../app/ui/hq_decision_dialog.py" line="24"/>
        <source>HQ decision or request — %1</source>
        <translation>Рішення або запит штабу — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_decision_dialog.py" line="27"/>
        <source>Accept</source>
        <translation>Прийняти</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_decision_dialog.py" line="27"/>
        <source>Reject</source>
        <translation>Відмовити</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_decision_dialog.py" line="28"/>
        <source>Ask for another interview</source>
        <translation>Попросити ще одну співбесіду</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_decision_dialog.py" line="29"/>
        <source>Ask for another polygraph exam</source>
        <translation>Попросити ще одне поліграфне дослідження</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_decision_dialog.py" line="30"/>
        <source>Ask for a check</source>
        <translation>Попросити перевірку</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_decision_dialog.py" line="34"/>
        <source>The reason, or what is asked. Never the applicant&apos;s name: the update package goes to every post.</source>
        <translation>Причина або що саме потрібно. Ніколи не ім&apos;я кандидата: пакет оновлення отримують усі пункти.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_decision_dialog.py" line="36"/>
        <source>Sealed with your passphrase; the post sees it after installing the next update package.</source>
        <translation>Скріплюється вашою парольною фразою; пункт побачить це після встановлення наступного пакета оновлення.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_decision_dialog.py" line="40"/>
        <source>Seal and record</source>
        <translation>Скріпити й записати</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_decision_dialog.py" line="45"/>
        <source>HQ says</source>
        <translation>Штаб вирішив</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_decision_dialog.py" line="46"/>
        <source>Reason or what is asked</source>
        <translation>Причина або що потрібно</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_decision_dialog.py" line="52"/>
        <source>HQ decision or request</source>
        <translation>Рішення або запит штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_decision_dialog.py" line="56"/>
        <source>Give the reason or what is asked in at least %1 characters.</source>
        <translation>Вкажіть причину або що потрібно щонайменше %1 символами.</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_decision_dialog.py" line="59"/>
        <source>Re-enter your passphrase to seal it:</source>
        <translation>Введіть парольну фразу ще раз, щоб скріпити:</translation>
    </message>
</context>
<context>
    <name>HqDecisions</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="847"/>
        <source>Give the reason or what is asked in at least %1 characters.</source>
        <translation>Вкажіть причину або що потрібно щонайменше %1 символами.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="848"/>
        <source>The reason or what is asked may be at most %1 characters.</source>
        <translation>Причина або що потрібно — щонайбільше %1 символів.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="849"/>
        <source>Choose accept or reject for a decision, or interview, polygraph or check for a request.</source>
        <translation>Для рішення оберіть «прийняти» або «відмовити», для запиту — співбесіду, поліграф або перевірку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="850"/>
        <source>Only an HQ vault records HQ&apos;s decisions and requests.</source>
        <translation>Рішення й запити штабу записують лише у сховищі штабу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="851"/>
        <source>HQ has not received this case from a post, so there is no post to send a decision to.</source>
        <translation>Штаб не отримував цю справу від жодного пункту, тож рішення нікуди надіслати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="852"/>
        <source>Wrong passphrase: nothing was recorded.</source>
        <translation>Неправильна парольна фраза: нічого не записано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="853"/>
        <source>The text names the applicant: the update package goes to every post. Refer to the case number instead.</source>
        <translation>У тексті назване ім&apos;я кандидата, а пакет оновлення отримують усі пункти. Посилайтеся на номер справи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="854"/>
        <source>The update package&apos;s HQ decisions are damaged.</source>
        <translation>Рішення штабу в пакеті оновлення пошкоджені.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="855"/>
        <source>Accepted by HQ</source>
        <translation>Прийнято штабом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="856"/>
        <source>Rejected by HQ</source>
        <translation>Відмовлено штабом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="857"/>
        <source>HQ asks for another interview</source>
        <translation>Штаб просить ще одну співбесіду</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="858"/>
        <source>HQ asks for another polygraph exam</source>
        <translation>Штаб просить ще одне поліграфне дослідження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="859"/>
        <source>HQ asks for a check</source>
        <translation>Штаб просить перевірку</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="860"/>
        <source>%1 new decision(s) or request(s) from HQ.</source>
        <translation>Нових рішень або запитів від штабу: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="861"/>
        <source>%1 decision(s) or request(s) from HQ name a case this vault does not hold; they were not stored.</source>
        <translation>Рішень або запитів штабу щодо справ, яких немає в цьому сховищі: %1; їх не збережено.</translation>
    </message>
</context>
<context>
    <name>HqFilters</name>
    <message>
        <location filename="../../app/ui/hq_list.py" line="26"/>
        <source>All posts</source>
        <translation>Усі пункти</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_list.py" line="27"/>
        <source>All officers</source>
        <translation>Усі офіцери</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_list.py" line="30"/>
        <location filename="../../app/ui/hq_list.py" line="38"/>
        <source>Received from</source>
        <translation>Отримано з</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_list.py" line="33"/>
        <source>Received until</source>
        <translation>Отримано до</translation>
    </message>
    <message>
        <location filename="../../app/ui/hq_list.py" line="40"/>
        <source>until</source>
        <translation>до</translation>
    </message>
</context>
<context>
    <name>HqTab</name>
    <message>
        <location filename="../../app/ui/dossier/hq_tab.py" line="31"/>
        <source>From HQ: %1 — %2</source>
        <translation>Від штабу: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/hq_tab.py" line="49"/>
        <source>sent in update package %1</source>
        <translation>надіслано в пакеті оновлення %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/hq_tab.py" line="50"/>
        <source>not sent yet: goes out with the next update package</source>
        <translation>ще не надіслано: піде з наступним пакетом оновлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/hq_tab.py" line="52"/>
        <source>received in update package %1</source>
        <translation>отримано в пакеті оновлення %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/hq_tab.py" line="57"/>
        <source>When (UTC)</source>
        <translation>Коли (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/hq_tab.py" line="57"/>
        <source>HQ says</source>
        <translation>Штаб вирішив</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/hq_tab.py" line="58"/>
        <source>Reason or what is asked</source>
        <translation>Причина або що потрібно</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/hq_tab.py" line="58"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/hq_tab.py" line="59"/>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/hq_tab.py" line="81"/>
        <source>From HQ</source>
        <translation>Від штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/hq_tab.py" line="88"/>
        <source>HQ &amp;decision or request…</source>
        <translation>&amp;Рішення або запит штабу…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="73"/>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Щось пішло не так; подробиці в журналі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="79"/>
        <source>new case</source>
        <translation>нова справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="79"/>
        <source>new version</source>
        <translation>нова версія</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="80"/>
        <source>repeat: nothing changed</source>
        <translation>повтор: нічого не змінилося</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="81"/>
        <source>older export: kept, not made current</source>
        <translation>старіша передача: збережено, але не зроблено чинною</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="82"/>
        <source>refused</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="91"/>
        <source>version %1</source>
        <translation>версія %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="93"/>
        <source>possible duplicate of %1</source>
        <translation>можливий дублікат: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="95"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попереджень</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="105"/>
        <source>Import bundles</source>
        <translation>Імпорт пакетів справ</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="110"/>
        <source>Opening the HQ key store…</source>
        <translation>Відкриваємо сховище ключів штабу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="117"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="117"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="118"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="119"/>
        <source>Check that failed, or notes</source>
        <translation>Непройдена перевірка або примітки</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="131"/>
        <source>Save summary as PDF…</source>
        <translation>Зберегти підсумок у PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="135"/>
        <source>Every check…</source>
        <translation>Усі перевірки…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="154"/>
        <source>Checking and importing %n bundle(s)…</source>
        <translation>
            <numerusform>Перевіряємо й імпортуємо %n пакет справ…</numerusform>
            <numerusform>Перевіряємо й імпортуємо %n пакети справ…</numerusform>
            <numerusform>Перевіряємо й імпортуємо %n пакетів справ…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="167"/>
        <source>%1 of %n bundle(s) done.</source>
        <translation>
            <numerusform>Опрацьовано %1 з %n пакета справ.</numerusform>
            <numerusform>Опрацьовано %1 з %n пакетів справ.</numerusform>
            <numerusform>Опрацьовано %1 з %n пакетів справ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="175"/>
        <source>Stopping after the current bundle…</source>
        <translation>Зупиняємося після поточного пакета…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="182"/>
        <source>Cancelled: %1 of %n bundle(s) were dealt with; each of them is complete, the others were not touched.</source>
        <translation>
            <numerusform>Скасовано: опрацьовано %1 з %n пакета справ; кожен із них опрацьовано повністю, решти не торкалися.</numerusform>
            <numerusform>Скасовано: опрацьовано %1 з %n пакетів справ; кожен із них опрацьовано повністю, решти не торкалися.</numerusform>
            <numerusform>Скасовано: опрацьовано %1 з %n пакетів справ; кожен із них опрацьовано повністю, решти не торкалися.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="186"/>
        <source>There are no bundles (files ending in .fdb.age) in this folder or below it.</source>
        <translation>У цій теці та її підтеках немає пакетів справ (файлів із закінченням .fdb.age).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="189"/>
        <source>All %n bundle(s) were dealt with.</source>
        <translation>
            <numerusform>Опрацьовано %n пакет справ.</numerusform>
            <numerusform>Опрацьовано всі %n пакети справ.</numerusform>
            <numerusform>Опрацьовано всі %n пакетів справ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="198"/>
        <source>Stopped: %1</source>
        <translation>Зупинено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="219"/>
        <source>Every check</source>
        <translation>Усі перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="227"/>
        <source>Save summary as PDF</source>
        <translation>Зберегти підсумок у PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="228"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="235"/>
        <source>Cannot write the file: %1</source>
        <translation>Не вдалося записати файл: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="238"/>
        <source>The summary was saved as %1.</source>
        <translation>Підсумок збережено як %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="243"/>
        <source>New cases: %1. New versions: %2. Repeats: %3. Older, kept: %4. Refused: %5.</source>
        <translation>Нові справи: %1. Нові версії: %2. Повтори: %3. Старіші, збережено: %4. Відхилено: %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="247"/>
        <source>Not imported (cancelled): %1.</source>
        <translation>Не імпортовано (скасовано): %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="249"/>
        <source>%n vault(s) have exports that have not arrived: a stick may be lost.</source>
        <translation>
            <numerusform>%n сховище має передачі, що не надійшли: можливо, носій втрачено.</numerusform>
            <numerusform>%n сховища мають передачі, що не надійшли: можливо, носій втрачено.</numerusform>
            <numerusform>%n сховищ мають передачі, що не надійшли: можливо, носій втрачено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="52"/>
        <source>New interview</source>
        <translation>Нова співбесіда</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="66"/>
        <source>(not assessed)</source>
        <translation>(не оцінено)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="67"/>
        <source>Credible</source>
        <translation>Правдоподібно</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="67"/>
        <source>Doubtful</source>
        <translation>Сумнівно</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="68"/>
        <source>Not credible</source>
        <translation>Неправдоподібно</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="73"/>
        <source>Interviewer</source>
        <translation>Інтерв&apos;юер</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="74"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="75"/>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="76"/>
        <source>Assessment</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="77"/>
        <source>Red flags (comma-separated)</source>
        <translation>Тривожні ознаки (через кому)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="78"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/interviews_tab.py" line="216"/>
        <source>Interview %1: %2 field(s) need attention.</source>
        <translation>Співбесіда %1: полів, що потребують уваги: %2.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="114"/>
        <source>serving soldier</source>
        <translation>військовослужбовець</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="115"/>
        <source>prisoner of war</source>
        <translation>військовополонений</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="116"/>
        <source>civilian</source>
        <translation>цивільний</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="117"/>
        <source>application</source>
        <translation>заява</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="118"/>
        <source>interview</source>
        <translation>співбесіда</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="119"/>
        <source>background checks</source>
        <translation>перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="120"/>
        <source>polygraph</source>
        <translation>поліграф</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="121"/>
        <source>decision</source>
        <translation>рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="122"/>
        <source>sent to HQ</source>
        <translation>надіслано до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="123"/>
        <source>closed</source>
        <translation>закрито</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="124"/>
        <source>credible</source>
        <translation>правдоподібно</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="125"/>
        <source>doubtful</source>
        <translation>сумнівно</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="126"/>
        <source>not credible</source>
        <translation>неправдоподібно</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="127"/>
        <source>security service records</source>
        <translation>обліки СБУ</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="128"/>
        <source>counter-intelligence</source>
        <translation>контррозвідка</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="129"/>
        <source>document verification</source>
        <translation>перевірка документів</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="130"/>
        <source>open sources</source>
        <translation>відкриті джерела</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="131"/>
        <source>watchlist</source>
        <translation>список спостереження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="132"/>
        <source>pending</source>
        <translation>очікує</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="133"/>
        <source>no record</source>
        <translation>відомостей немає</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="134"/>
        <source>adverse</source>
        <translation>негативний</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="135"/>
        <source>inconclusive</source>
        <translation>невизначений</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="136"/>
        <source>relevant</source>
        <translation>релевантне</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="137"/>
        <source>comparison</source>
        <translation>контрольне</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="138"/>
        <source>irrelevant</source>
        <translation>нейтральне</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="139"/>
        <source>symptomatic</source>
        <translation>симптоматичне</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="140"/>
        <source>sacrifice relevant</source>
        <translation>жертовне релевантне</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="141"/>
        <source>accept</source>
        <translation>прийняти</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="142"/>
        <source>reject</source>
        <translation>відмовити</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="143"/>
        <source>defer</source>
        <translation>відкласти</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="144"/>
        <source>refer</source>
        <translation>передати</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="145"/>
        <source>officer</source>
        <translation>офіцер</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="146"/>
        <location filename="../../app/ui/catalogue.py" line="179"/>
        <source>examiner</source>
        <translation>поліграфолог</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="147"/>
        <source>supervisor</source>
        <translation>керівник</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="148"/>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="149"/>
        <source>passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="150"/>
        <source>internal passport</source>
        <translation>внутрішній паспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="151"/>
        <source>military ID</source>
        <translation>військовий квиток</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="152"/>
        <source>birth certificate</source>
        <translation>свідоцтво про народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="153"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="154"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="155"/>
        <source>pneumo</source>
        <translation>пневмо</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="156"/>
        <source>EDA</source>
        <translation>ЕДА</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="157"/>
        <source>cardio</source>
        <translation>кардіо</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="164"/>
        <source>interviewer</source>
        <translation>інтерв&apos;юер</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="165"/>
        <source>place</source>
        <translation>місце</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="166"/>
        <source>interpreter</source>
        <translation>перекладач</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="167"/>
        <source>assessment</source>
        <translation>оцінка</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="168"/>
        <source>red flags</source>
        <translation>тривожні ознаки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="169"/>
        <source>notes</source>
        <translation>нотатки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="170"/>
        <source>answers</source>
        <translation>відповіді</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="171"/>
        <source>started</source>
        <translation>початок</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="172"/>
        <source>ended</source>
        <translation>завершення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="173"/>
        <source>check</source>
        <translation>перевірка</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="174"/>
        <source>requested on</source>
        <translation>дата запиту</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="175"/>
        <source>requested by</source>
        <translation>хто запитав</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="176"/>
        <source>reference</source>
        <translation>реєстр. номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="177"/>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="178"/>
        <source>summary</source>
        <translation>підсумок</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="180"/>
        <source>held on</source>
        <translation>дата проведення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="181"/>
        <source>questions</source>
        <translation>запитання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="182"/>
        <source>scores</source>
        <translation>оцінки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="183"/>
        <source>charts</source>
        <translation>пред&apos;явлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="184"/>
        <source>scoring method</source>
        <translation>метод оцінювання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="185"/>
        <source>decision rule</source>
        <translation>правило рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="186"/>
        <source>admissions</source>
        <translation>зізнання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="187"/>
        <source>pre-test notes</source>
        <translation>нотатки до тесту</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="188"/>
        <source>post-test notes</source>
        <translation>нотатки після тесту</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="189"/>
        <source>outcome</source>
        <translation>рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="190"/>
        <source>reason code</source>
        <translation>код підстави</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="191"/>
        <source>rationale</source>
        <translation>обґрунтування</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="192"/>
        <source>approved by</source>
        <translation>затвердив</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="193"/>
        <source>decided by</source>
        <translation>ухвалив</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="194"/>
        <source>decided at</source>
        <translation>час рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="195"/>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="196"/>
        <source>received on</source>
        <translation>дата отримання</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="32"/>
        <location filename="../../app/ui/lifecycle_actions.py" line="39"/>
        <location filename="../../app/ui/lifecycle_actions.py" line="47"/>
        <location filename="../../app/ui/lifecycle_actions.py" line="50"/>
        <source>Delete case</source>
        <translation>Видалити справу</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="33"/>
        <source>Why is case {0} being deleted? (kept in the audit log; do not name the applicant)</source>
        <translation>Чому видаляється справа {0}? (залишиться в журналі аудиту; не називайте кандидата)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="40"/>
        <source>Delete case {0} and everything in it, for good? Its records, attachments and drafts are destroyed in this vault; only the case number and the reason stay in the audit log.</source>
        <translation>Остаточно видалити справу {0} з усім її вмістом? Її записи, вкладення та чернетки буде знищено в цьому сховищі; у журналі аудиту залишаться лише номер справи та причина.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="41"/>
        <source>Delete for good</source>
        <translation>Видалити остаточно</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="50"/>
        <source>Deleted: {0}</source>
        <translation>Видалено: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="70"/>
        <location filename="../../app/ui/lifecycle_actions.py" line="77"/>
        <location filename="../../app/ui/lifecycle_actions.py" line="85"/>
        <location filename="../../app/ui/lifecycle_actions.py" line="89"/>
        <source>Hand over case</source>
        <translation>Передати справу</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="71"/>
        <source>Call sign of the officer who takes over case {0}:</source>
        <translation>Позивний офіцера, який приймає справу {0}:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="78"/>
        <source>Why? (kept in the history; do not name the applicant)</source>
        <translation>Чому? (залишиться в історії; не називайте кандидата)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="90"/>
        <source>Case {0} is now held by {1}.</source>
        <translation>Справу {0} тепер веде {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="102"/>
        <location filename="../../app/ui/lifecycle_actions.py" line="111"/>
        <location filename="../../app/ui/lifecycle_actions.py" line="115"/>
        <source>Back up vault</source>
        <translation>Резервна копія сховища</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="104"/>
        <source>Vault backups (*.fdbak)</source>
        <translation>Резервні копії сховища (*.fdbak)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="116"/>
        <source>Backup written and verified ({0} applicants).</source>
        <translation>Резервну копію записано й перевірено (кандидатів: {0}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="129"/>
        <location filename="../../app/ui/lifecycle_actions.py" line="137"/>
        <source>Check integrity</source>
        <translation>Перевірка цілісності</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="130"/>
        <source>The vault failed its integrity check; restore it from a backup and tell HQ.</source>
        <translation>Сховище не пройшло перевірку цілісності; відновіть його з резервної копії та повідомте штаб.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="138"/>
        <source>Vault intact: every page authenticated, structure ok, audit log {0} entries, no committed change missing.</source>
        <translation>Сховище ціле: кожну сторінку автентифіковано, структура в порядку, у журналі аудиту записів — {0}, жодної збереженої зміни не втрачено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="148"/>
        <location filename="../../app/ui/lifecycle_actions.py" line="154"/>
        <location filename="../../app/ui/lifecycle_actions.py" line="162"/>
        <location filename="../../app/ui/lifecycle_actions.py" line="164"/>
        <source>Verify a printout</source>
        <translation>Перевірити роздруківку</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="148"/>
        <source>Case number:</source>
        <translation>Номер справи:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="155"/>
        <source>The record hash printed on the paper, or the QR text:</source>
        <translation>Хеш запису, надрукований на папері, або текст QR-коду:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="177"/>
        <source>Hand over to another post</source>
        <translation>Передати на інший пункт</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="178"/>
        <source>Call sign of the officer at the other post who takes over case {0}:</source>
        <translation>Позивний офіцера іншого пункту, який приймає справу {0}:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="181"/>
        <source>Their post:</source>
        <translation>Його пункт:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="184"/>
        <source>Why? (kept in the history and sent to HQ; do not name the applicant)</source>
        <translation>Чому? (залишиться в історії й піде до штабу; не називайте кандидата)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="187"/>
        <source>The stick for HQ</source>
        <translation>Носій для штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="193"/>
        <source>Write case {0} and your signed transfer to {1} ({2}) on the stick for HQ? The case becomes read-only here; HQ re-issues it to the other post.</source>
        <translation>Записати справу {0} і ваше підписане передавання {1} ({2}) на носій для штабу? Тут справа стане лише для читання; штаб переоформить її на інший пункт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="201"/>
        <source>Case {0} is on the stick with its transfer: give it to HQ. The case is read-only here from now on.</source>
        <translation>Справа {0} разом із передаванням на носії: передайте його до штабу. Відтепер тут справа лише для читання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="212"/>
        <source>Receive a case from HQ</source>
        <translation>Отримати справу від штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="214"/>
        <source>Cases re-issued by HQ (*.fdr.age)</source>
        <translation>Справи, переоформлені штабом (*.fdr.age)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lifecycle_actions.py" line="221"/>
        <source>Case {0} received from {1} ({2}), re-issued by HQ: it is yours now.</source>
        <translation>Справу {0} отримано від {1} ({2}), переоформлено штабом: тепер вона ваша.</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="28"/>
        <source>This case was merged into case %1: work on it there.</source>
        <translation>Цю справу об&apos;єднано зі справою %1: працюйте з нею там.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="31"/>
        <source>Merged into this case: %1 (records and history under Linked cases).</source>
        <translation>Приєднано до цієї справи: %1 (записи та історія — на вкладці «Пов&apos;язані справи»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="39"/>
        <source>Application received %1</source>
        <translation>Заяву отримано %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="41"/>
        <source>Interview %1: %2, %3</source>
        <translation>Співбесіда %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="42"/>
        <source>not assessed</source>
        <translation>без оцінки</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="44"/>
        <source>Check %1: %2, %3</source>
        <translation>Перевірка %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="47"/>
        <source>Polygraph exam %1: %2</source>
        <translation>Опитування на поліграфі %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="48"/>
        <source>no result</source>
        <translation>без результату</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="50"/>
        <source>Decision: %1</source>
        <translation>Рішення: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="56"/>
        <source>born</source>
        <translation>нар.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="56"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="56"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="57"/>
        <source>When (UTC)</source>
        <translation>Коли (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="57"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="57"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/links_tab.py" line="58"/>
        <source>Detail</source>
        <translation>Подробиці</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="50"/>
        <source> — DEMO (training data)</source>
        <translation> — ДЕМО (навчальні дані)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="69"/>
        <source>Applicants</source>
        <translation>Заявники</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="74"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76"/>
        <source>Search: name in Cyrillic or Latin, case number, document number, words…</source>
        <translation>Пошук: ім&apos;я кирилицею чи латиницею, номер справи, номер документа, слова…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>All stages</source>
        <translation>Усі етапи</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="80"/>
        <source>All categories</source>
        <translation>Усі категорії</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>Any flags</source>
        <translation>Будь-які позначки</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>With red flags</source>
        <translation>З червоними позначками</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>With flags</source>
        <translation>З позначками</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>Without flags</source>
        <translation>Без позначок</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88"/>
        <source>No applicants yet. To add the first one, press Ctrl+N (Case → New applicant): type the name, then the application, and save with Ctrl+S.</source>
        <translation>Заявників ще немає. Щоб додати першого, натисніть Ctrl+N (Справа → Новий заявник): введіть ім&apos;я, потім заяву й збережіть клавішами Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>&amp;Case</source>
        <translation>&amp;Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>&amp;Administration</source>
        <translation>&amp;Адміністрування</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>&amp;HQ</source>
        <translation>&amp;Штаб</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>&amp;New applicant</source>
        <translation>&amp;Новий заявник</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>&amp;Open selected</source>
        <translation>&amp;Відкрити вибрану</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Друк довідки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Case &amp;file (signed PDF)…</source>
        <translation>&amp;Справа (підписаний PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Send selected to &amp;HQ…</source>
        <translation>Надіслати вибрані до &amp;штабу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>Sent cases and &amp;receipts…</source>
        <translation>Надіслані справи й &amp;підтвердження…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156"/>
        <source>&amp;Delete case…</source>
        <translation>&amp;Видалити справу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>Hand &amp;over case…</source>
        <translation>&amp;Передати справу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Hand over to another &amp;post…</source>
        <translation>Передати на &amp;інший пункт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>Recei&amp;ve a case from HQ…</source>
        <translation>&amp;Отримати справу від штабу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>S&amp;tatistics…</source>
        <translation>&amp;Статистика…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>&amp;Find</source>
        <translation>&amp;Пошук</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165"/>
        <source>&amp;Users…</source>
        <translation>&amp;Користувачі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>Audit &amp;log…</source>
        <translation>&amp;Журнал аудиту…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>&amp;Retention…</source>
        <translation>Строки &amp;зберігання…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Резервна копія сховища…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>&amp;Check integrity…</source>
        <translation>Перевірка &amp;цілісності…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>&amp;Enrol with HQ…</source>
        <translation>&amp;Реєстрація у штабі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>Install &amp;update package…</source>
        <translation>Встановити пакет &amp;оновлення…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>E&amp;rase this vault (panic)…</source>
        <translation>З&amp;нищити це сховище (тривога)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>&amp;Verify bundles…</source>
        <translation>&amp;Перевірити пакети справ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Імпортувати пакети справ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>Verify a &amp;printout…</source>
        <translation>Перевірити &amp;роздруківку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>Case &amp;versions…</source>
        <translation>&amp;Версії справи…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184"/>
        <source>&amp;Duplicates between posts…</source>
        <translation>&amp;Дублікати між пунктами…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>User &amp;guide</source>
        <translation>&amp;Посібник користувача</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186"/>
        <source>&amp;About Field Dossier</source>
        <translation>&amp;Про Field Dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="319"/>
        <source>%n applicant(s)</source>
        <translation>
            <numerusform>%n заявник</numerusform>
            <numerusform>%n заявники</numerusform>
            <numerusform>%n заявників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="320"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n збіг</numerusform>
            <numerusform>%n збіги</numerusform>
            <numerusform>%n збігів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="322"/>
        <source>(%1 shown by the filters)</source>
        <translation>(показано фільтрами: %1)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="206"/>
        <source>An officer may not %1.</source>
        <translation>Офіцер не може %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="207"/>
        <source>An examiner may not %1.</source>
        <translation>Поліграфолог не може %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="208"/>
        <source>A supervisor may not %1.</source>
        <translation>Керівник не може %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="26"/>
        <source>results differ (%1 / %2)</source>
        <translation>результати різні (%1 / %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27"/>
        <source>exam %1 is %2</source>
        <translation>опитування %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="28"/>
        <source>exams %1 and %2 were given by the same examiner</source>
        <translation>опитування %1 і %2 провів той самий поліграфолог</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29"/>
        <source>exams %1 and %2 were held on the same day</source>
        <translation>опитування %1 і %2 проведено того самого дня</translation>
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
    <name>Passphrase</name>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="10"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Використайте кілька слів, уникайте поширених виразів.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="11"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Символи, цифри чи великі літери не обов&apos;язкові.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="12"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Додайте ще одне-два слова. Рідковживані слова кращі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="13"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Клавіші, що йдуть підряд, легко вгадати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="14"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Короткі візерунки на клавіатурі легко вгадати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="15"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Використайте довший візерунок на клавіатурі з більшою кількістю поворотів.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="16"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Повтори на кшталт «aaa» легко вгадати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="17"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Повтори на кшталт «abcabcabc» вгадати лише трохи важче, ніж «abc».</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="18"/>
        <source>Avoid repeated words and characters.</source>
        <translation>Уникайте повторів слів і символів.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="19"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Послідовності на кшталт «abc» чи «6543» легко вгадати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="20"/>
        <source>Avoid sequences.</source>
        <translation>Уникайте послідовностей.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="21"/>
        <source>Recent years are easy to guess.</source>
        <translation>Останні роки легко вгадати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="22"/>
        <source>Avoid recent years.</source>
        <translation>Уникайте останніх років.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="23"/>
        <source>Avoid years that are associated with you.</source>
        <translation>Уникайте років, пов&apos;язаних із вами.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="24"/>
        <source>Dates are often easy to guess.</source>
        <translation>Дати часто легко вгадати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="25"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Уникайте дат і років, пов&apos;язаних із вами.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="26"/>
        <source>This is a top-10 common password.</source>
        <translation>Це один із 10 найпоширеніших паролів.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="27"/>
        <source>This is a top-100 common password.</source>
        <translation>Це один із 100 найпоширеніших паролів.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="28"/>
        <source>This is a very common password.</source>
        <translation>Це дуже поширений пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="29"/>
        <source>This is similar to a commonly used password.</source>
        <translation>Це схоже на поширений пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="30"/>
        <source>A word by itself is easy to guess.</source>
        <translation>Одне слово легко вгадати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="31"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Самі лише імена та прізвища легко вгадати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="32"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Поширені імена та прізвища легко вгадати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="33"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Велика перша літера мало допомагає.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="34"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Слово великими літерами вгадати майже так само легко, як і малими.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="35"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Слова задом наперед вгадати ненабагато важче.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="36"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Передбачувані заміни на кшталт «@» замість «a» мало допомагають.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="37"/>
        <source>Too easy to guess: add more unrelated words.</source>
        <translation>Занадто легко вгадати: додайте більше не пов&apos;язаних між собою слів.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages_passphrase.py" line="38"/>
        <source>Use at least 12 characters; several words work well.</source>
        <translation>Використайте щонайменше 12 символів; добре підходять кілька слів.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../app/ui/people.py" line="49"/>
        <source>Choose who did this (the author) before sealing.</source>
        <translation>Перед скріпленням виберіть, хто це зробив (автора).</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="55"/>
        <source>%1 is not an examiner: pick the examiner who gave the exam.</source>
        <translation>%1 не є поліграфологом: виберіть поліграфолога, який проводив опитування.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="56"/>
        <source>%1 does not have the role to be named here: pick another user from the list.</source>
        <translation>%1 не має ролі, потрібної для цього поля: виберіть іншого користувача зі списку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="59"/>
        <source>%1 is not a user of this vault (external): nobody can seal this record here. Pick the author from the list.</source>
        <translation>%1 не є користувачем цього сховища (зовнішній): тут цей запис ніхто не може скріпити. Виберіть автора зі списку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="61"/>
        <source>Only %1, the author, can seal this: lock (Ctrl+L) and let %1 unlock.</source>
        <translation>Скріпити це може лише автор — %1: заблокуйте сховище (Ctrl+L), і нехай %1 його розблокує.</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../app/ui/people_picker.py" line="35"/>
        <source>Pick a user of this vault, or type the name of someone from outside.</source>
        <translation>Виберіть користувача цього сховища або введіть ім&apos;я сторонньої особи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_picker.py" line="40"/>
        <source>Pick from the list, or type</source>
        <translation>Виберіть зі списку або введіть</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_picker.py" line="54"/>
        <location filename="../../app/ui/people_picker.py" line="67"/>
        <source> (external)</source>
        <translation> (зовнішній)</translation>
    </message>
</context>
<context>
    <name>PersonalTab</name>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="36"/>
        <location filename="../../app/ui/dossier/personal_tab.py" line="144"/>
        <source>No photo</source>
        <translation>Фото немає</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="41"/>
        <source>Set photo…</source>
        <translation>Додати фото…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="47"/>
        <source>Names</source>
        <translation>Імена</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="49"/>
        <source>Surname (Cyrillic)</source>
        <translation>Прізвище (кирилицею)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="49"/>
        <source>Given name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="50"/>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="50"/>
        <source>Surname (Latin)</source>
        <translation>Прізвище (латиницею)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="51"/>
        <source>Given name (Latin)</source>
        <translation>Ім&apos;я (латиницею)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="52"/>
        <source>Patronymic (Latin)</source>
        <translation>По батькові (латиницею)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="64"/>
        <source>Aliases (comma-separated)</source>
        <translation>Інші імена (через кому)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="65"/>
        <source>Call sign</source>
        <translation>Позивний</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="67"/>
        <source>Identity</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="76"/>
        <source>Serving soldier</source>
        <translation>Військовослужбовець</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="77"/>
        <source>Prisoner of war</source>
        <translation>Військовополонений</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="78"/>
        <source>Civilian</source>
        <translation>Цивільний</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="78"/>
        <location filename="../../app/ui/dossier/personal_tab.py" line="98"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="82"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="83"/>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="84"/>
        <source>Citizenships</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="85"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="86"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="87"/>
        <source>How contact was made</source>
        <translation>Як встановлено контакт</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="93"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="93"/>
        <source>Remove selected</source>
        <translation>Вилучити вибране</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="95"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="96"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="96"/>
        <source>Internal passport</source>
        <translation>Внутрішній паспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="97"/>
        <source>Military ID</source>
        <translation>Військовий квиток</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="97"/>
        <source>Birth certificate</source>
        <translation>Свідоцтво про народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="99"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="99"/>
        <source>Issuer</source>
        <translation>Ким видано</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="100"/>
        <source>Issued</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="100"/>
        <source>Expires</source>
        <translation>Дійсний до</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="103"/>
        <source>Unit</source>
        <translation>Частина</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="103"/>
        <source>Rank</source>
        <translation>Звання</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="103"/>
        <source>Branch</source>
        <translation>Рід військ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="104"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="104"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="106"/>
        <source>Relation</source>
        <translation>Ступінь спорідненості</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="106"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="107"/>
        <source>Born</source>
        <translation>Народився</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="107"/>
        <source>Lives in</source>
        <translation>Проживає</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="108"/>
        <source>Hostile/occupied territory</source>
        <translation>Ворожа/окупована територія</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="109"/>
        <source>Contact</source>
        <translation>Зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="121"/>
        <location filename="../../app/ui/dossier/personal_tab.py" line="202"/>
        <source>Identity documents</source>
        <translation>Документи, що посвідчують особу</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="122"/>
        <location filename="../../app/ui/dossier/personal_tab.py" line="203"/>
        <source>Military record</source>
        <translation>Військова служба</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="123"/>
        <location filename="../../app/ui/dossier/personal_tab.py" line="204"/>
        <source>Relatives and contacts</source>
        <translation>Родичі та контакти</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="151"/>
        <source>Save the applicant first (Ctrl+S), then add a photo.</source>
        <translation>Спершу збережіть заявника (Ctrl+S), потім додайте фото.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="197"/>
        <source>Required.</source>
        <translation>Обов&apos;язково.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="198"/>
        <source>Surname and given name are required.</source>
        <translation>Прізвище та ім&apos;я обов&apos;язкові.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="200"/>
        <source>If the day is not known: MM.YYYY or YYYY.</source>
        <translation>Якщо день невідомий: ММ.РРРР або РРРР.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="201"/>
        <source>The date of birth is not a valid date.</source>
        <translation>Дата народження некоректна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="206"/>
        <source>%1: a date is not valid.</source>
        <translation>%1: одна з дат неправильна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="209"/>
        <source>Use country codes such as UA, RU.</source>
        <translation>Вкажіть коди країн, наприклад UA, RU.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/personal_tab.py" line="210"/>
        <source>Citizenships must be country codes.</source>
        <translation>Громадянство вказується кодами країн.</translation>
    </message>
</context>
<context>
    <name>PipelineBar</name>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="20"/>
        <source>Application</source>
        <translation>Заява</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="21"/>
        <source>Interview</source>
        <translation>Співбесіда</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="22"/>
        <source>Background checks</source>
        <translation>Перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="23"/>
        <source>Polygraph %1</source>
        <translation>Поліграф %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="24"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="25"/>
        <source>Sent to HQ</source>
        <translation>Надіслано до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="26"/>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="89"/>
        <source>Complete</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="92"/>
        <source>Still missing for %1: %2</source>
        <translation>Ще бракує для етапу «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/pipeline_bar.py" line="95"/>
        <source>All steps are complete.</source>
        <translation>Усі етапи виконано.</translation>
    </message>
</context>
<context>
    <name>Polygraph</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="530"/>
        <source>grand total %1 ≤ %2</source>
        <translation>загальна сума %1 ≤ %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="531"/>
        <source>grand total %1 ≥ %2</source>
        <translation>загальна сума %1 ≥ %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="532"/>
        <source>lowest subtotal %1 %2 ≤ %3</source>
        <translation>найменша сума за запитанням %1: %2 ≤ %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="533"/>
        <source>grand total %1 between the cutscores</source>
        <translation>загальна сума %1 між пороговими значеннями</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="534"/>
        <source>grand total %1 between the cutscores and no subtotal decides</source>
        <translation>загальна сума %1 між пороговими значеннями, і жодна сума за запитанням не вирішує</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="535"/>
        <source>grand total %1 ≥ %2 but subtotal %3 is %4</source>
        <translation>загальна сума %1 ≥ %2, але сума за запитанням %3 дорівнює %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="536"/>
        <source>every subtotal ≥ %1</source>
        <translation>кожна сума за запитанням ≥ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="537"/>
        <source>subtotals between the cutscores</source>
        <translation>суми за запитаннями між пороговими значеннями</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="538"/>
        <source>subtotal %1 is %2</source>
        <translation>сума за запитанням %1 дорівнює %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="539"/>
        <source>%1 charts: the process needs %2 to %3</source>
        <translation>пред&apos;явлень: %1, а процедура вимагає від %2 до %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="540"/>
        <source>no relevant questions</source>
        <translation>немає релевантних запитань</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="541"/>
        <source>%1 score(s) missing, first: chart %2, %3, %4</source>
        <translation>бракує оцінок: %1; перша — пред&apos;явлення %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="542"/>
        <source>chart %1, %2, %3: %4 is outside %5..%6</source>
        <translation>пред&apos;явлення %1, %2, %3: %4 поза межами %5..%6</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="543"/>
        <source>not computed: %1</source>
        <translation>не обчислено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="544"/>
        <source>scored with an unknown rule: the stored cutscores are not one the vault knows, so the stated result needs review</source>
        <translation>оцінено за невідомим правилом: збережені порогові значення невідомі сховищу, тож указаний результат потребує перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="545"/>
        <source>the decision rule is not one this vault knows: choose one of its rules (the exam is scored again) before sealing</source>
        <translation>правило рішення не належить до відомих цьому сховищу: перед скріпленням виберіть одне з його правил (опитування буде оцінено заново)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="546"/>
        <source>the decision rule is not for this scoring method</source>
        <translation>правило рішення не призначене для цього методу оцінювання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="547"/>
        <source>the decision rule does not fit the format: a multi-issue rule on a single-issue exam</source>
        <translation>правило рішення не відповідає формату: правило багатотемної перевірки для однотемного опитування</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="548"/>
        <source>the decision rule does not fit the format: a single-issue rule on a multi-issue exam</source>
        <translation>правило рішення не відповідає формату: правило однотемної перевірки для багатотемного опитування</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="549"/>
        <source>results differ (%1 / %2)</source>
        <translation>результати різні (%1 / %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="550"/>
        <source>exam %1 is %2</source>
        <translation>опитування %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="551"/>
        <source>exams %1 and %2 were given by the same examiner</source>
        <translation>опитування %1 і %2 провів той самий поліграфолог</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="552"/>
        <source>exams %1 and %2 were held on the same day</source>
        <translation>опитування %1 і %2 проведено того самого дня</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="553"/>
        <source>pneumo</source>
        <translation>пневмо</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="554"/>
        <source>eda</source>
        <translation>ЕДА</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="555"/>
        <source>cardio</source>
        <translation>кардіо</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../app/ui/messages.py" line="162"/>
        <source>same given name</source>
        <translation>те саме ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="163"/>
        <source>same date of birth</source>
        <translation>та сама дата народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="164"/>
        <source>date of birth with digits transposed</source>
        <translation>дата народження з переставленими цифрами</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165"/>
        <source>date of birth one digit apart</source>
        <translation>дата народження відрізняється однією цифрою</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="166"/>
        <source>different date of birth</source>
        <translation>інша дата народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="167"/>
        <source>same document number</source>
        <translation>той самий номер документа</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="168"/>
        <source>same place of birth</source>
        <translation>те саме місце народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="169"/>
        <source>different sex</source>
        <translation>інша стать</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="170"/>
        <source>same surname</source>
        <translation>те саме прізвище</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="171"/>
        <source>surname spelling variant</source>
        <translation>інше написання прізвища</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="172"/>
        <source>given name spelling variant</source>
        <translation>інше написання імені</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="173"/>
        <source>given-name variant</source>
        <translation>варіант імені</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="174"/>
        <source>clearly different given name</source>
        <translation>явно інше ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="175"/>
        <source>same patronymic</source>
        <translation>те саме по батькові</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="176"/>
        <source>different patronymic</source>
        <translation>інше по батькові</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="193"/>
        <source>surname %1 alike</source>
        <translation>прізвища схожі на %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="194"/>
        <source>given name %1 alike</source>
        <translation>імена схожі на %1</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="199"/>
        <source>application received %1</source>
        <translation>заяву отримано %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="200"/>
        <source>interview %1: %2, %3</source>
        <translation>співбесіда %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="201"/>
        <source>check %1: %2, %3</source>
        <translation>перевірка %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="202"/>
        <source>polygraph exam %1: %2</source>
        <translation>опитування на поліграфі %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="203"/>
        <source>decision: %1</source>
        <translation>рішення: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="204"/>
        <source>not assessed</source>
        <translation>без оцінки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="205"/>
        <source>no result</source>
        <translation>без результату</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../app/ui/rekey_dialog.py" line="50"/>
        <source>Stopping… nothing will have changed.</source>
        <translation>Зупинка… нічого не буде змінено.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="35"/>
        <source>Accepted</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="36"/>
        <source>Rejected</source>
        <translation>Відмовлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="37"/>
        <source>Deferred</source>
        <translation>Відкладено</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="38"/>
        <source>Referred</source>
        <translation>Передано</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="49"/>
        <source>{0}: kept</source>
        <translation>{0}: зберігається</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="52"/>
        <source>{0}: deleted {1} month(s) after HQ acknowledges it</source>
        <translation>{0}: видаляється через {1} міс. після підтвердження штабом</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="58"/>
        <source>{0}: deleted {1} month(s) after the decision</source>
        <translation>{0}: видаляється через {1} міс. після рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="69"/>
        <location filename="../../app/ui/retention_dialog.py" line="132"/>
        <location filename="../../app/ui/retention_dialog.py" line="141"/>
        <location filename="../../app/ui/retention_dialog.py" line="149"/>
        <location filename="../../app/ui/retention_dialog.py" line="153"/>
        <source>Retention</source>
        <translation>Строки зберігання</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="79"/>
        <source>Keep</source>
        <translation>Зберігати</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="80"/>
        <source> month(s)</source>
        <translation> міс.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="85"/>
        <source>Save policy</source>
        <translation>Зберегти правило</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="88"/>
        <source>Also cases HQ has not acknowledged</source>
        <translation>Також справи, не підтверджені штабом</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="91"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="91"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="92"/>
        <source>Due since</source>
        <translation>Строк минув</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="95"/>
        <source>Delete the cases due…</source>
        <translation>Видалити справи, строк яких минув…</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="117"/>
        <source> (not acknowledged by HQ)</source>
        <translation> (не підтверджено штабом)</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="123"/>
        <source>{0} case(s) are due for deletion under the policy.</source>
        <translation>Справ, які за правилом слід видалити: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="142"/>
        <source>Delete {0} case(s) for good? Their records, attachments and drafts are destroyed in this vault; only case numbers and the reason stay in the audit log.</source>
        <translation>Остаточно видалити справи ({0})? Їхні записи, вкладення та чернетки буде знищено в цьому сховищі; у журналі аудиту залишаться лише номери справ і причина.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="143"/>
        <source>Delete for good</source>
        <translation>Видалити остаточно</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_dialog.py" line="154"/>
        <source>{0} case(s) deleted.</source>
        <translation>Видалено справ: {0}.</translation>
    </message>
</context>
<context>
    <name>RulePicker</name>
    <message>
        <location filename="../../app/ui/dossier/exam_rule.py" line="59"/>
        <source>prior</source>
        <translation>апріорна ймовірність</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_rule.py" line="59"/>
        <source>alpha, deceptive</source>
        <translation>альфа (обман)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_rule.py" line="60"/>
        <source>alpha, truthful</source>
        <translation>альфа (правдивість)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_rule.py" line="66"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_rule.py" line="67"/>
        <source>Scoring method</source>
        <translation>Метод оцінювання</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_rule.py" line="68"/>
        <source>Decision rule</source>
        <translation>Правило рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_rule.py" line="69"/>
        <source>ESS-M parameters</source>
        <translation>Параметри ESS-M</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_rule.py" line="86"/>
        <source>(free-form question list)</source>
        <translation>(довільний перелік запитань)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_rule.py" line="110"/>
        <source> (cutscores unverified)</source>
        <translation> (порогові значення не перевірено)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_rule.py" line="112"/>
        <source> — does not fit this format</source>
        <translation> — не відповідає цьому формату</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_rule.py" line="142"/>
        <source> (earlier rule)</source>
        <translation> (попереднє правило)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/exam_rule.py" line="143"/>
        <source>Unknown rule: not one this vault knows</source>
        <translation>Невідоме правило: сховище його не знає</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="158"/>
        <source>Federal grand total (single issue)</source>
        <translation>Федеральна загальна сума (одна тема)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="159"/>
        <source>Grand total, 3-position (single issue)</source>
        <translation>Загальна сума, 3-бальна шкала (одна тема)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="160"/>
        <source>Krapohl asymmetric two-stage (single issue)</source>
        <translation>Асиметричне двоетапне правило Крапола (одна тема)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="161"/>
        <source>Subtotal (spot) rule, 7-position (multi-issue screening)</source>
        <translation>Правило проміжних сум, 7-бальна шкала (скринінг за кількома темами)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="162"/>
        <source>ESS single issue (two-stage)</source>
        <translation>ESS, одна тема (двоетапне)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="163"/>
        <source>ESS multi-issue (subtotal)</source>
        <translation>ESS, кілька тем (проміжні суми)</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <location filename="../../app/ui/dossier/score_grid.py" line="25"/>
        <source>Pneumo</source>
        <translation>Пневмо</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/score_grid.py" line="25"/>
        <source>EDA</source>
        <translation>ЕДА</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/score_grid.py" line="25"/>
        <source>Cardio</source>
        <translation>Кардіо</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/score_grid.py" line="47"/>
        <source>Chart %1 · %2</source>
        <translation>Пред&apos;явлення %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/score_grid.py" line="85"/>
        <source>Chart %1, %2: scores run from %3 to %4.</source>
        <translation>Пред&apos;явлення %1, %2: оцінки від %3 до %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/score_grid.py" line="99"/>
        <source>Grand total: %1</source>
        <translation>Загальна сума: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/score_grid.py" line="102"/>
        <source>(%1 cells not scored)</source>
        <translation>(не оцінено клітинок: %1)</translation>
    </message>
</context>
<context>
    <name>SealBar</name>
    <message>
        <location filename="../../app/ui/dossier/seal_bar.py" line="23"/>
        <source>Seal…</source>
        <translation>Скріпити…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/seal_bar.py" line="25"/>
        <source>Amend…</source>
        <translation>Поправка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/seal_bar.py" line="52"/>
        <source>Sealed by %1 on %2; read-only.</source>
        <translation>Скріпив %1 %2; лише для читання.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dossier/seal_bar.py" line="54"/>
        <source>%n amendment(s).</source>
        <translation>
            <numerusform>%n поправка.</numerusform>
            <numerusform>%n поправки.</numerusform>
            <numerusform>%n поправок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/seal_bar.py" line="56"/>
        <source>Amending a sealed record: the original is kept.</source>
        <translation>Поправка до скріпленого запису: оригінал зберігається.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier/seal_bar.py" line="58"/>
        <source>Draft: its author seals it when complete.</source>
        <translation>Чернетка: автор скріплює її, коли вона завершена.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../app/ui/messages.py" line="179"/>
        <source>case number</source>
        <translation>номер справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="180"/>
        <source>name or document</source>
        <translation>ім&apos;я або документ</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="181"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="182"/>
        <source>name or document (many matches, newest first)</source>
        <translation>ім&apos;я або документ (багато збігів, спершу новіші)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="183"/>
        <source>text (many matches, newest first)</source>
        <translation>текст (багато збігів, спершу новіші)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="184"/>
        <source>spelling variant</source>
        <translation>інше написання</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="185"/>
        <source>given-name variant</source>
        <translation>варіант імені</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="186"/>
        <source>similar spelling</source>
        <translation>схоже написання</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <location filename="../../app/ui/dossier/base.py" line="88"/>
        <source>Use a date as %1 (or YYYY-MM-DD).</source>
        <translation>Введіть дату як %1 (або РРРР-ММ-ДД).</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="57"/>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Щось пішло не так; подробиці в журналі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="64"/>
        <location filename="../../app/ui/send_dialog.py" line="81"/>
        <source>Send to HQ</source>
        <translation>Надіслати до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="66"/>
        <source>Select the cases to send first.</source>
        <translation>Спочатку виберіть справи для надсилання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="69"/>
        <source>This laptop is not enrolled with HQ yet, so it cannot send cases: HQ could not trust or open them. Enrol first with Administration → Enrol with HQ…, using the enrolment file and the one-time passphrase HQ gave you.</source>
        <translation>Цей ноутбук ще не зареєстровано у штабі, тому надсилати справи він не може: штаб не зможе ні довіряти їм, ні відкрити їх. Спершу зареєструйтеся: Адміністрування → Реєстрація у штабі…, з файлом реєстрації та одноразовою парольною фразою, які дав вам штаб.</translation>
    </message>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="71"/>
        <source>Choose the folder on the USB stick</source>
        <translation>Виберіть теку на USB-накопичувачі</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/send_dialog.py" line="88"/>
        <source>Writing %n case(s) to %1…</source>
        <translation>
            <numerusform>Запис %n справи до %1…</numerusform>
            <numerusform>Запис %n справ до %1…</numerusform>
            <numerusform>Запис %n справ до %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/send_dialog.py" line="108"/>
        <source>%1 of %n bundle(s) written and verified.</source>
        <translation>
            <numerusform>Записано й перевірено %1 із %n пакета.</numerusform>
            <numerusform>Записано й перевірено %1 із %n пакетів.</numerusform>
            <numerusform>Записано й перевірено %1 із %n пакетів.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="116"/>
        <source>Stopping after the current case…</source>
        <translation>Зупинка після поточної справи…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/send_dialog.py" line="128"/>
        <source>Cancelled: %1 of %n case(s) were sent; each of them is complete.</source>
        <translation>
            <numerusform>Скасовано: надіслано %1 із %n справи; кожна з надісланих повна.</numerusform>
            <numerusform>Скасовано: надіслано %1 із %n справ; кожна з надісланих повна.</numerusform>
            <numerusform>Скасовано: надіслано %1 із %n справ; кожна з надісланих повна.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/send_dialog.py" line="130"/>
        <source>%n case(s) sent to HQ. Each bundle was read back and checked.</source>
        <translation>
            <numerusform>%n справу надіслано до штабу. Кожен пакет прочитано назад і перевірено.</numerusform>
            <numerusform>%n справи надіслано до штабу. Кожен пакет прочитано назад і перевірено.</numerusform>
            <numerusform>%n справ надіслано до штабу. Кожен пакет прочитано назад і перевірено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/send_dialog.py" line="136"/>
        <source>%n case(s) had been sent before that; nothing partial was left on the stick.</source>
        <translation>
            <numerusform>До того було надіслано %n справу; на накопичувачі не лишилося нічого незавершеного.</numerusform>
            <numerusform>До того було надіслано %n справи; на накопичувачі не лишилося нічого незавершеного.</numerusform>
            <numerusform>До того було надіслано %n справ; на накопичувачі не лишилося нічого незавершеного.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="138"/>
        <source>No case was sent, and nothing partial was left on the stick.</source>
        <translation>Жодної справи не надіслано, і на накопичувачі не лишилося нічого незавершеного.</translation>
    </message>
    <message>
        <location filename="../../app/ui/send_dialog.py" line="140"/>
        <source>Stopped: %1</source>
        <translation>Зупинено: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="20"/>
        <location filename="../../app/ui/settings_dialog.py" line="70"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="24"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="28"/>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="38"/>
        <source>The language of the print summary and of signed case files. Ukrainian unless you need an English copy.</source>
        <translation>Мова довідки для друку та підписаних справ. Українська, якщо вам не потрібна англійська копія.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="43"/>
        <source> failed unlocks</source>
        <translation> невдалих спроб</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Erase the vault after this many failed unlocks in a row (for the whole vault, all users). The unlock screen warns from 3 attempts before the limit.</source>
        <translation>Знищити сховище після стількох невдалих спроб розблокування поспіль (для всього сховища, усіх користувачів). Екран розблокування попереджає за 3 спроби до межі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="49"/>
        <source>Lock after idle time</source>
        <translation>Блокувати після бездіяльності</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="50"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="51"/>
        <source>Printouts and case files in</source>
        <translation>Мова друку та справ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53"/>
        <source>Erase the vault after</source>
        <translation>Знищити сховище після</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="58"/>
        <source>Change it in Administration › Retention… (supervisors), or HQ sends it.</source>
        <translation>Змінюється в меню Адміністрування › Строки зберігання… (керівники) або надходить від штабу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="59"/>
        <source>Retention</source>
        <translation>Строки зберігання</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="41"/>
        <source>Set up Field Dossier</source>
        <translation>Налаштування Field Dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="43"/>
        <source>Welcome</source>
        <translation>Вітаємо</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="44"/>
        <source>Create the vault for my post</source>
        <translation>Створити сховище для мого пункту</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="46"/>
        <source>Open a training vault with made-up applicants (marked DEMO)</source>
        <translation>Відкрити навчальне сховище з вигаданими заявниками (позначка ДЕМО)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="49"/>
        <source>Everything you record is kept encrypted on this laptop. The training vault is a separate folder and never mixes with real cases.</source>
        <translation>Усе, що ви записуєте, зберігається на цьому ноутбуці в зашифрованому вигляді. Навчальне сховище — окрема тека, яка ніколи не змішується зі справжніми справами.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="53"/>
        <source>red</source>
        <translation>червона</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="54"/>
        <source>amber</source>
        <translation>жовта</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="55"/>
        <source>info</source>
        <translation>довідкова</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="69"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="77"/>
        <source>All posts</source>
        <translation>Усі пости</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="79"/>
        <source>Print report (PDF)…</source>
        <translation>Друкувати звіт (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="80"/>
        <source>Export CSV…</source>
        <translation>Експорт CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="85"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="85"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="85"/>
        <source>Post</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="120"/>
        <source>Cases opened in the period: %1 · overdue now: %2 · decisions: %3</source>
        <translation>Справ відкрито за період: %1 · прострочено зараз: %2 · рішень: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="138"/>
        <source>Applicants per stage</source>
        <translation>Кандидати за етапами</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="139"/>
        <source>Funnel: at a stage or past it</source>
        <translation>Воронка: на етапі або далі</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="139"/>
        <location filename="../../app/ui/stats_dialog.py" line="156"/>
        <location filename="../../app/ui/stats_dialog.py" line="158"/>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="141"/>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="144"/>
        <location filename="../../app/ui/stats_dialog.py" line="149"/>
        <source>Outcomes</source>
        <translation>Підсумки рішень</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="144"/>
        <location filename="../../app/ui/stats_dialog.py" line="146"/>
        <source>Decisions</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="146"/>
        <source>Refusal reasons</source>
        <translation>Причини відмови</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="150"/>
        <source>Time in stage (days)</source>
        <translation>Час на етапі (дні)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="150"/>
        <source>Median</source>
        <translation>Медіана</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="150"/>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="153"/>
        <source>Time in stage</source>
        <translation>Час на етапі</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="156"/>
        <source>Overdue cases</source>
        <translation>Прострочені справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="158"/>
        <source>Flags by kind</source>
        <translation>Позначки за видами</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="160"/>
        <source>Overdue and flags</source>
        <translation>Прострочення й позначки</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="162"/>
        <source>Polygraph examiners</source>
        <translation>Поліграфологи</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="165"/>
        <source>Examiner</source>
        <translation>Поліграфолог</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="165"/>
        <source>Exams</source>
        <translation>Дослідження</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="165"/>
        <source>Sealed</source>
        <translation>Запечатано</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="166"/>
        <source>Stated ≠ scored</source>
        <translation>Заявлений ≠ підрахований</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="190"/>
        <source>Could not write the file: %1</source>
        <translation>Не вдалося записати файл: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="202"/>
        <source>Print report (PDF)</source>
        <translation>Друкувати звіт (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="202"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="209"/>
        <source>Export CSV</source>
        <translation>Експорт CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_dialog.py" line="209"/>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="44"/>
        <location filename="../../app/ui/unlock_dialog.py" line="101"/>
        <source>Unlock Field Dossier</source>
        <translation>Розблокувати Field Dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="51"/>
        <source>Caps Lock is on.</source>
        <translation>Увімкнено Caps Lock.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="54"/>
        <source>Open the training vault (DEMO)</source>
        <translation>Відкрити навчальне сховище (ДЕМО)</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="67"/>
        <location filename="../../app/ui/unlock_dialog.py" line="139"/>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="68"/>
        <source>Erase vault…</source>
        <translation>Знищити сховище…</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="77"/>
        <location filename="../../app/ui/unlock_dialog.py" line="81"/>
        <source>Call sign</source>
        <translation>Позивний</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="78"/>
        <location filename="../../app/ui/unlock_dialog.py" line="81"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="100"/>
        <source>Unlock the training vault (DEMO)</source>
        <translation>Розблокувати навчальне сховище (ДЕМО)</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="116"/>
        <source>There is no vault here: it was erased, or it was never created.</source>
        <translation>Тут немає сховища: його знищено або ніколи не створювали.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="118"/>
        <source>Untick the training vault to open the real one.</source>
        <translation>Зніміть позначку навчального сховища, щоб відкрити справжнє.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="120"/>
        <source>Tick “Open the training vault” to practise.</source>
        <translation>Щоб потренуватися, позначте «Відкрити навчальне сховище».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/unlock_dialog.py" line="126"/>
        <source>Careful: this vault is erased after %n more failed attempt(s).</source>
        <translation>
            <numerusform>Обережно: сховище буде знищено ще після %n невдалої спроби.</numerusform>
            <numerusform>Обережно: сховище буде знищено ще після %n невдалих спроб.</numerusform>
            <numerusform>Обережно: сховище буде знищено ще після %n невдалих спроб.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/unlock_dialog.py" line="135"/>
        <source>Wait %n s</source>
        <translation>
            <numerusform>Зачекайте %n с</numerusform>
            <numerusform>Зачекайте %n с</numerusform>
            <numerusform>Зачекайте %n с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="145"/>
        <source>Enter your call sign and passphrase.</source>
        <translation>Введіть позивний і парольну фразу.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="36"/>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="37"/>
        <source>Officer</source>
        <translation>Офіцер</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="37"/>
        <source>Examiner</source>
        <translation>Поліграфолог</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="38"/>
        <source>Supervisor</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="42"/>
        <location filename="../../app/ui/users_dialog.py" line="58"/>
        <source>Call sign</source>
        <translation>Позивний</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="42"/>
        <location filename="../../app/ui/users_dialog.py" line="59"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="42"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="60"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="61"/>
        <source>Passphrase again</source>
        <translation>Парольна фраза ще раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="67"/>
        <source>Add user</source>
        <translation>Додати користувача</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="68"/>
        <source>Remove selected</source>
        <translation>Вилучити вибране</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="69"/>
        <source>Give selected the role above</source>
        <translation>Надати вибраному роль, указану вище</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="70"/>
        <source>Change my passphrase</source>
        <translation>Змінити мою парольну фразу</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="71"/>
        <source>Change the data key…</source>
        <translation>Змінити ключ даних…</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="73"/>
        <source>Re-encrypt the vault under a new key: earlier copies of the key file and earlier backups no longer open it.</source>
        <translation>Повторно зашифрувати сховище новим ключем: попередні копії файлу ключів і попередні резервні копії більше його не відкриють.</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="78"/>
        <source>Only a supervisor adds and removes users or changes roles. You can change your own passphrase.</source>
        <translation>Додавати й вилучати користувачів та змінювати ролі може лише керівник. Власну парольну фразу ви можете змінити.</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="106"/>
        <source>strong enough</source>
        <translation>достатньо надійна</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="106"/>
        <source>too weak</source>
        <translation>занадто слабка</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="114"/>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="114"/>
        <source>removed</source>
        <translation>вилучений</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="124"/>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="129"/>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="143"/>
        <source>User added.</source>
        <translation>Користувача додано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="147"/>
        <location filename="../../app/ui/users_dialog.py" line="151"/>
        <source>Remove user</source>
        <translation>Вилучити користувача</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="148"/>
        <source>Remove %1? They will no longer be able to unlock this vault, and the data key is changed so that their copy of the key file opens nothing.</source>
        <translation>Вилучити %1? Цей користувач більше не зможе розблокувати сховище, а ключ даних буде змінено, щоб його копія файлу ключів нічого не відкривала.</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="151"/>
        <source>Removing %1 and changing the data key…</source>
        <translation>Вилучення %1 і зміна ключа даних…</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="159"/>
        <source>User removed; the data key was changed.</source>
        <translation>Користувача вилучено; ключ даних змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="161"/>
        <source>User removed, but the data key was NOT changed. Change it now (Change the data key…).</source>
        <translation>Користувача вилучено, але ключ даних НЕ змінено. Змініть його зараз (Змінити ключ даних…).</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="165"/>
        <location filename="../../app/ui/users_dialog.py" line="170"/>
        <source>Change the data key</source>
        <translation>Зміна ключа даних</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="166"/>
        <source>Re-encrypt the whole vault under a new data key? Earlier copies of the key file and backups made before no longer open it (those backups keep the data as it was). This can take a minute on a large vault.</source>
        <translation>Повторно зашифрувати все сховище новим ключем даних? Попередні копії файлу ключів і раніше зроблені резервні копії більше його не відкриють (ці резервні копії зберігають дані такими, якими вони були). На великому сховищі це може тривати хвилину.</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="170"/>
        <source>Re-encrypting the vault…</source>
        <translation>Повторне шифрування сховища…</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="173"/>
        <source>The data key was changed.</source>
        <translation>Ключ даних змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="174"/>
        <source>The data key was not changed.</source>
        <translation>Ключ даних не змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="179"/>
        <source>Role changed.</source>
        <translation>Роль змінено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="184"/>
        <source>Your passphrase was changed.</source>
        <translation>Вашу парольну фразу змінено.</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="556"/>
        <source>size</source>
        <translation>розмір</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="557"/>
        <source>decrypt</source>
        <translation>розшифрування</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="558"/>
        <source>archive</source>
        <translation>архів</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="559"/>
        <source>manifest-signature</source>
        <translation>підпис маніфесту</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="560"/>
        <source>manifest</source>
        <translation>маніфест</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="561"/>
        <source>signing-time</source>
        <translation>час підпису</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="562"/>
        <source>officer-certificate</source>
        <translation>сертифікат офіцера</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="563"/>
        <source>revocation</source>
        <translation>відкликання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="564"/>
        <source>officer-block</source>
        <translation>дані офіцера</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="565"/>
        <source>manifest-hashes</source>
        <translation>хеші маніфесту</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="566"/>
        <source>attachment-names</source>
        <translation>назви вкладень</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="567"/>
        <source>pdf-signature</source>
        <translation>підпис PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="568"/>
        <source>json-schema</source>
        <translation>схема JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="569"/>
        <source>json-vs-manifest</source>
        <translation>JSON і маніфест</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="570"/>
        <source>attachments-vs-json</source>
        <translation>вкладення і JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="571"/>
        <source>pdf-vs-manifest</source>
        <translation>PDF і маніфест</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="572"/>
        <source>sequence</source>
        <translation>черговість</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="573"/>
        <source>sequence-time</source>
        <translation>черговість за часом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="574"/>
        <source>case-owner</source>
        <translation>власник справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="575"/>
        <source>case-origin</source>
        <translation>походження справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="576"/>
        <source>case-deleted</source>
        <translation>справу видалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="577"/>
        <source>read</source>
        <translation>читання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="578"/>
        <source>internal</source>
        <translation>внутрішня помилка</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="579"/>
        <source>PASS</source>
        <translation>ПРОЙДЕНО</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="580"/>
        <source>FAIL</source>
        <translation>НЕ ПРОЙДЕНО</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="581"/>
        <source>%1 bytes</source>
        <translation>%1 байтів</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="582"/>
        <source>encrypted to this HQ; envelope intact</source>
        <translation>зашифровано для цього штабу; конверт неушкоджений</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="583"/>
        <source>%1 members, all expected, nothing else</source>
        <translation>файлів в архіві: %1, усі очікувані, нічого зайвого</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="584"/>
        <source>valid CMS signature over the manifest&apos;s bytes, by %1 (%2)</source>
        <translation>чинний підпис CMS над байтами маніфесту, підписав %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="585"/>
        <source>case %1, %2 files, export %3</source>
        <translation>справа %1, файлів: %2, відправлення %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="586"/>
        <source>signed %1 UTC</source>
        <translation>підписано %1 UTC</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="587"/>
        <source>issued by HQ CA, serial %1, valid when signed</source>
        <translation>видано центром сертифікації штабу, серійний номер %1, чинний на час підпису</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="588"/>
        <source>not revoked</source>
        <translation>не відкликано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="589"/>
        <source>the manifest names the certificate&apos;s officer</source>
        <translation>маніфест називає офіцера, якому належить сертифікат</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="590"/>
        <source>%1 files match</source>
        <translation>збігаються файли: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="591"/>
        <source>%1 attachment(s) named by their content hash</source>
        <translation>вкладень, названих за хешем вмісту: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="592"/>
        <source>PAdES signature valid over the whole file, chains to HQ&apos;s CA</source>
        <translation>підпис PAdES чинний для всього файлу, ланцюжок веде до центру сертифікації штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="593"/>
        <source>case.json is a valid field-dossier/1 dossier</source>
        <translation>case.json — чинне досьє формату field-dossier/1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="594"/>
        <source>case.json is the manifest&apos;s case, content and record</source>
        <translation>case.json відповідає справі, вмісту й запису з маніфесту</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="595"/>
        <source>the attachments are exactly those case.json lists</source>
        <translation>вкладення точно ті, що перелічені в case.json</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="596"/>
        <source>the PDF is this case and content, signed by the same officer at the same time</source>
        <translation>PDF — ця сама справа й вміст, підписані тим самим офіцером у той самий час</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="597"/>
        <source>case id %1 is held here for a case created in vault %2 by %3 (%4); this bundle&apos;s case says vault %5, %6 (%7): a copied case id</source>
        <translation>ідентифікатор справи %1 тут уже належить справі, створеній у сховищі %2 офіцером %3 (%4); справа з цього пакета вказує сховище %5, %6 (%7): ідентифікатор скопійовано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="598"/>
        <source>the case is kept by vault %1; this bundle comes from vault %2 and no signed transfer moves it there</source>
        <translation>справу веде сховище %1; цей пакет надійшов зі сховища %2, і жодна підписана передача не переводить справу туди</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="599"/>
        <source>a repeat of export %1 of vault %2, first received %3 UTC; nothing changed</source>
        <translation>повтор відправлення %1 зі сховища %2, уперше отриманого %3 UTC; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="600"/>
        <source>export %1 of this vault was already received with other content: a cloned or forged vault</source>
        <translation>відправлення %1 з цього сховища вже надходило з іншим вмістом: сховище склоноване або підроблене</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="601"/>
        <source>signed %1 UTC, before an export with a lower number from the same vault (%2 UTC): the laptop&apos;s clock was set back</source>
        <translation>підписано %1 UTC, раніше за відправлення з меншим номером із того самого сховища (%2 UTC): годинник ноутбука переведено назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="602"/>
        <source>signed %1 UTC, after an export with a higher number from the same vault (%2 UTC)</source>
        <translation>підписано %1 UTC, пізніше за відправлення з більшим номером із того самого сховища (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="603"/>
        <source>the case belongs to %1 (%2) and is signed by %3 (%4); no signed transfer hands it over</source>
        <translation>справа належить %1 (%2), а підписав її %3 (%4); жодна підписана передача не передає її</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="604"/>
        <source>post %1 deleted this case and HQ recorded its signed deletion notice on %2 UTC; a bundle of it from there is refused (signed %3 UTC)</source>
        <translation>пункт %1 видалив цю справу, і штаб зареєстрував його підписане повідомлення про видалення %2 UTC; пакет цієї справи звідти відхиляється (підписано %3 UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="605"/>
        <source>export %1 is not newer than export %2, which made the current version; kept, not made current</source>
        <translation>відправлення %1 не новіше за відправлення %2, з якого походить поточна версія; збережено, але не зроблено поточним</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="606"/>
        <source>the file could not be read</source>
        <translation>файл не вдалося прочитати</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="607"/>
        <source>an unexpected error stopped this bundle; the details are in the log</source>
        <translation>непередбачена помилка зупинила цей пакет; подробиці в журналі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="608"/>
        <source>it is not a bundle file of an acceptable size</source>
        <translation>це не файл пакета справи допустимого розміру</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="609"/>
        <source>it cannot be opened with this HQ&apos;s key: damaged, cut short or meant for another HQ</source>
        <translation>його не можна відкрити ключем цього штабу: пошкоджений, обрізаний або призначений іншому штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="610"/>
        <source>its archive holds something else than what the program writes</source>
        <translation>його архів містить не те, що записує програма</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="611"/>
        <source>the signature over its list of contents is not valid</source>
        <translation>підпис під переліком його вмісту недійсний</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="612"/>
        <source>its list of contents is not in the program&apos;s format</source>
        <translation>перелік його вмісту не у форматі програми</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="613"/>
        <source>its signing time does not agree with itself or is after it arrived</source>
        <translation>час його підписання суперечливий або пізніший за час надходження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="614"/>
        <source>it was not signed with a certificate this HQ issued</source>
        <translation>його підписано не сертифікатом, виданим цим штабом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="615"/>
        <source>it was signed with a revoked certificate</source>
        <translation>його підписано відкликаним сертифікатом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="616"/>
        <source>the officer it names is not the one who signed it</source>
        <translation>указаний у ньому офіцер — не той, хто його підписав</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="617"/>
        <source>a file in it was changed after it was signed</source>
        <translation>файл у ньому змінено після підписання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="618"/>
        <source>an attachment in it was changed after it was signed</source>
        <translation>вкладення в ньому змінено після підписання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="619"/>
        <source>the signature of its case file is not valid</source>
        <translation>підпис його файлу справи недійсний</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="620"/>
        <source>its case data is not a valid dossier</source>
        <translation>його дані справи не є чинною справою</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="621"/>
        <source>its case data is not what was signed</source>
        <translation>його дані справи не ті, що було підписано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="622"/>
        <source>its attachments are not those its case lists</source>
        <translation>його вкладення не ті, що перелічені у справі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="623"/>
        <source>its case file is not the signed case</source>
        <translation>його файл справи не відповідає підписаній справі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="624"/>
        <source>the same export number arrived before with other content</source>
        <translation>передача з тим самим номером уже надходила з іншим вмістом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="625"/>
        <source>it was signed out of the laptop&apos;s order</source>
        <translation>його підписано не в тому порядку, в якому ноутбук робив передачі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="626"/>
        <source>it was signed by someone else than the case&apos;s officer</source>
        <translation>його підписав не офіцер, якому належить справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="627"/>
        <source>it was sent from another laptop than the one that keeps the case</source>
        <translation>його надіслано з іншого ноутбука, ніж той, що веде справу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="628"/>
        <source>its post deleted this case</source>
        <translation>його пункт видалив цю справу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="629"/>
        <source>Verification failed at %1: %2.</source>
        <translation>Перевірка не пройшла на кроці %1: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="630"/>
        <source>Verification failed.</source>
        <translation>Перевірка не пройшла.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="631"/>
        <source>a link, not a bundle file</source>
        <translation>посилання, а не файл пакета</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="632"/>
        <source>not a regular file</source>
        <translation>не звичайний файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="633"/>
        <source>%1 bytes is over the %2 byte limit</source>
        <translation>%1 байтів — понад обмеження в %2 байтів</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="634"/>
        <source>over the %1 byte limit</source>
        <translation>понад обмеження в %1 байтів</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="635"/>
        <source>%1 bytes is over the limit</source>
        <translation>%1 байтів — понад обмеження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="636"/>
        <source>cannot decrypt: not encrypted to this HQ</source>
        <translation>не вдається розшифрувати: зашифровано не для цього штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="637"/>
        <source>cannot decrypt: damaged or truncated</source>
        <translation>не вдається розшифрувати: пошкоджено або обрізано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="638"/>
        <source>%1 is missing</source>
        <translation>бракує %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="639"/>
        <source>the members are not in the order this program writes them</source>
        <translation>файли в архіві не в тому порядку, у якому їх записує ця програма</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="640"/>
        <source>a header&apos;s size is not a plain octal number</source>
        <translation>розмір у заголовку — не просте вісімкове число</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="641"/>
        <source>a header&apos;s time is not a plain octal number</source>
        <translation>час у заголовку — не просте вісімкове число</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="642"/>
        <source>a member name is not plain ASCII</source>
        <translation>назва файлу в архіві — не простий ASCII</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="643"/>
        <source>the archive ends in the middle (no end-of-archive marker)</source>
        <translation>архів обривається посередині (немає позначки кінця архіву)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="644"/>
        <source>more than %1 members</source>
        <translation>більше ніж %1 файлів в архіві</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="645"/>
        <source>a member of type %1: links, devices, sparse files and PAX or GNU extensions are not accepted</source>
        <translation>файл типу %1: посилання, пристрої, розріджені файли та розширення PAX чи GNU не приймаються</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="646"/>
        <source>unexpected member %1 (path or name not allowed)</source>
        <translation>неочікуваний файл %1 (шлях або назва недозволені)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="647"/>
        <source>%1 appears twice</source>
        <translation>%1 трапляється двічі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="648"/>
        <source>%1 is %2 bytes, over the %3 byte limit</source>
        <translation>%1 має %2 байтів — понад обмеження в %3 байтів</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="649"/>
        <source>the members carry different times</source>
        <translation>файли в архіві мають різний час</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="650"/>
        <source>%1 has a header this program does not write (owner, mode, link or extension)</source>
        <translation>%1 має заголовок, якого ця програма не пише (власник, права, посилання чи розширення)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="651"/>
        <source>%1 is cut short: its header claims more bytes than the archive holds</source>
        <translation>%1 обрізано: заголовок заявляє більше байтів, ніж є в архіві</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="652"/>
        <source>bytes hidden in the padding after %1</source>
        <translation>у доповненні після %1 приховано байти</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="653"/>
        <source>data after the end of the archive</source>
        <translation>дані після кінця архіву</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="654"/>
        <source>not a single-signer CMS signature</source>
        <translation>не підпис CMS з одним підписантом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="655"/>
        <source>the signer&apos;s certificate is missing</source>
        <translation>бракує сертифіката підписанта</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="656"/>
        <source>unexpected digest algorithm</source>
        <translation>неочікуваний алгоритм гешування</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="657"/>
        <source>the signature is damaged</source>
        <translation>підпис пошкоджений</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="658"/>
        <source>the signature does not match the manifest</source>
        <translation>підпис не відповідає маніфесту</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="659"/>
        <source>the signature carries unsigned data</source>
        <translation>підпис містить непідписані дані</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="660"/>
        <source>the signature carries a certificate that is neither the officer&apos;s nor HQ&apos;s CA</source>
        <translation>підпис містить сертифікат, що не належить ні офіцерові, ні ЦС штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="661"/>
        <source>the signature is not in the form this program writes</source>
        <translation>підпис не в тій формі, яку пише ця програма</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="662"/>
        <source>the manifest is not a valid field-dossier-bundle/2 manifest</source>
        <translation>маніфест не є дійсним маніфестом field-dossier-bundle/2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="663"/>
        <source>made by an older version of the program (format 1); export the case again</source>
        <translation>створено старішою версією програми (формат 1); надішліть справу ще раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="664"/>
        <source>the manifest is not in canonical form</source>
        <translation>маніфест не в канонічній формі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="665"/>
        <source>the manifest&apos;s signing time is not a date</source>
        <translation>час підписання в маніфесті не є датою</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="666"/>
        <source>the signature carries no signing time</source>
        <translation>підпис не містить часу підписання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="667"/>
        <source>the manifest&apos;s time and the signature&apos;s signing time differ</source>
        <translation>час у маніфесті й час підписання в підписі різняться</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="668"/>
        <source>signed %1 UTC, after the bundle arrived (%2 UTC): a wrong clock or a forgery</source>
        <translation>підписано %1 UTC, уже після надходження пакета (%2 UTC): неправильний годинник або підробка</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="669"/>
        <source>the archive&apos;s time is not the manifest&apos;s signing time</source>
        <translation>час архіву не збігається з часом підписання маніфесту</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="670"/>
        <source>NOT ENROLLED: signed with a self-signed certificate</source>
        <translation>НЕ ЗАРЕЄСТРОВАНО: підписано самопідписаним сертифікатом</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="671"/>
        <source>the certificate is %1</source>
        <translation>сертифікат: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="672"/>
        <source>its CA signature does not verify</source>
        <translation>підпис ЦС на ньому не проходить перевірку</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="673"/>
        <source>not issued by this HQ&apos;s CA</source>
        <translation>виданий не ЦС цього штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="674"/>
        <source>it was not valid at that time</source>
        <translation>на той час він був недійсний</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="675"/>
        <source>issued by a CA that was not valid at that time</source>
        <translation>виданий ЦС, що на той час був недійсний</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="676"/>
        <source>%1&apos;s certificate (serial %2) is revoked</source>
        <translation>сертифікат %1 (серійний номер %2) відкликано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="677"/>
        <source>%1&apos;s certificate (serial %2) is revoked since %3 UTC</source>
        <translation>сертифікат %1 (серійний номер %2) відкликано з %3 UTC</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="678"/>
        <source>the manifest&apos;s officer %1 is not the signing certificate&apos;s</source>
        <translation>%1 офіцера в маніфесті не збігається із сертифікатом підпису</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="679"/>
        <source>call sign</source>
        <translation>позивний</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="680"/>
        <source>post</source>
        <translation>пункт</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="681"/>
        <source>enrolment</source>
        <translation>реєстрація</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="682"/>
        <source>serial number</source>
        <translation>серійний номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="683"/>
        <source>the files in the bundle differ from the manifest&apos;s list</source>
        <translation>файли в пакеті відрізняються від переліку в маніфесті</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="684"/>
        <source>%1 does not match its manifest hash</source>
        <translation>%1 не збігається зі своїм гешем у маніфесті</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="685"/>
        <source>%1… is not named by the hash of its content</source>
        <translation>%1… названо не за гешем його вмісту</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="686"/>
        <source>%1 signatures instead of one</source>
        <translation>підписів: %1 замість одного</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="687"/>
        <source>the PDF or its signature is damaged</source>
        <translation>PDF або його підпис пошкоджені</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="688"/>
        <source>the signature does not match the document</source>
        <translation>підпис не відповідає документу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="689"/>
        <source>the file was changed after signing</source>
        <translation>файл змінено після підписання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="690"/>
        <source>the signer&apos;s certificate is revoked</source>
        <translation>сертифікат підписанта відкликано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="691"/>
        <source>the signer does not chain to HQ&apos;s CA at the signing time</source>
        <translation>на час підписання сертифікат підписанта не веде до ЦС штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="692"/>
        <source>case.json is for another case than the manifest</source>
        <translation>case.json стосується іншої справи, ніж маніфест</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="693"/>
        <source>case.json does not match the manifest&apos;s case hash</source>
        <translation>case.json не збігається з гешем справи в маніфесті</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="694"/>
        <source>case.json does not match the manifest&apos;s record hash</source>
        <translation>case.json не збігається з гешем запису в маніфесті</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="695"/>
        <source>an attachment listed in case.json is not in the bundle</source>
        <translation>вкладення, зазначеного в case.json, немає в пакеті</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="696"/>
        <source>the bundle holds an attachment that case.json does not list</source>
        <translation>у пакеті є вкладення, якого немає в переліку case.json</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="697"/>
        <source>the PDF was signed by someone else than the manifest</source>
        <translation>PDF підписав не той, хто підписав маніфест</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="698"/>
        <source>the PDF&apos;s signing time is not the manifest&apos;s</source>
        <translation>час підписання PDF не збігається з часом маніфесту</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="699"/>
        <source>the PDF is the case file of another case</source>
        <translation>PDF — матеріали іншої справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="700"/>
        <source>the PDF shows another version of the case than case.json</source>
        <translation>PDF показує іншу версію справи, ніж case.json</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="775"/>
        <source>case</source>
        <translation>справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="776"/>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="777"/>
        <source>application</source>
        <translation>заява</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="778"/>
        <source>interview %1</source>
        <translation>співбесіда %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="779"/>
        <source>check %1</source>
        <translation>перевірка %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="780"/>
        <source>polygraph exam %1</source>
        <translation>опитування на поліграфі %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="781"/>
        <source>decision</source>
        <translation>рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="782"/>
        <source>attachment %1</source>
        <translation>вкладення %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="783"/>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="784"/>
        <source>added</source>
        <translation>додано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="785"/>
        <source>removed</source>
        <translation>вилучено</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="786"/>
        <source>sealed by %1</source>
        <translation>запечатав %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="787"/>
        <source>amended by %1: %2</source>
        <translation>виправлення від %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="788"/>
        <source>case number</source>
        <translation>номер справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="789"/>
        <source>surname</source>
        <translation>прізвище</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="790"/>
        <source>given name</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="791"/>
        <source>patronymic</source>
        <translation>по батькові</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="792"/>
        <source>surname (Latin)</source>
        <translation>прізвище (латиницею)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="793"/>
        <source>given name (Latin)</source>
        <translation>ім&apos;я (латиницею)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="794"/>
        <source>patronymic (Latin)</source>
        <translation>по батькові (латиницею)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="795"/>
        <source>other names</source>
        <translation>інші імена</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="796"/>
        <source>call sign</source>
        <translation>позивний</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="797"/>
        <source>date of birth</source>
        <translation>дата народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="798"/>
        <source>date of birth known to</source>
        <translation>точність дати народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="799"/>
        <source>place of birth</source>
        <translation>місце народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="800"/>
        <source>citizenships</source>
        <translation>громадянство</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="801"/>
        <source>documents</source>
        <translation>документи</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="802"/>
        <source>category</source>
        <translation>категорія</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="803"/>
        <source>military service</source>
        <translation>військова служба</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="804"/>
        <location filename="../../app/ui/catalogue.py" line="833"/>
        <source>contact</source>
        <translation>зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="805"/>
        <source>relatives</source>
        <translation>родичі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="806"/>
        <source>languages</source>
        <translation>мови</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="807"/>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="808"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="809"/>
        <source>signed</source>
        <translation>підписано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="810"/>
        <source>scanned pages</source>
        <translation>скановані сторінки</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="811"/>
        <source>form</source>
        <translation>форма</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="812"/>
        <source>form version</source>
        <translation>версія форми</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="813"/>
        <source>attachments</source>
        <translation>вкладення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="814"/>
        <source>waived by</source>
        <translation>скасував</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="815"/>
        <source>waiver reason</source>
        <translation>причина скасування</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="816"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="817"/>
        <source>instrument</source>
        <translation>прилад</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="818"/>
        <source>serial number</source>
        <translation>серійний номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="819"/>
        <source>technique</source>
        <translation>методика</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="820"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="821"/>
        <source>issued by</source>
        <translation>ким видано</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="822"/>
        <source>issued on</source>
        <translation>дата видачі</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="823"/>
        <source>expires on</source>
        <translation>дійсний до</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="824"/>
        <source>unit</source>
        <translation>військова частина</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="825"/>
        <source>rank</source>
        <translation>звання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="826"/>
        <source>branch</source>
        <translation>рід військ</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="827"/>
        <source>served from</source>
        <translation>служба з</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="828"/>
        <source>served to</source>
        <translation>служба до</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="829"/>
        <source>relation</source>
        <translation>ступінь спорідненості</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="830"/>
        <source>name</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="831"/>
        <source>residence</source>
        <translation>місце проживання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="832"/>
        <source>in hostile territory</source>
        <translation>на ворожій території</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="834"/>
        <source>label</source>
        <translation>позначка</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="835"/>
        <source>chart</source>
        <translation>запис</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="836"/>
        <source>question</source>
        <translation>питання</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="837"/>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="838"/>
        <source>score</source>
        <translation>оцінка</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="839"/>
        <source>file type</source>
        <translation>тип файлу</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="840"/>
        <source>size</source>
        <translation>розмір</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="841"/>
        <source>purpose</source>
        <translation>призначення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="842"/>
        <source>threshold (no deception)</source>
        <translation>поріг (без ознак обману)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="843"/>
        <source>threshold (deception)</source>
        <translation>поріг (ознаки обману)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="844"/>
        <source>Versions %1 and %2 are the same in every field.</source>
        <translation>Версії %1 і %2 однакові в усіх полях.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="845"/>
        <source>Case %1 has no versions received at HQ in this vault.</source>
        <translation>У цьому сховищі немає версій справи %1, отриманих штабом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="846"/>
        <source>Case %1 has no version %2.</source>
        <translation>Справа %1 не має версії %2.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="58"/>
        <source>Versions of case %1</source>
        <translation>Версії справи %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="62"/>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="62"/>
        <source>Sent by</source>
        <translation>Надіслав</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="63"/>
        <source>Signed (UTC)</source>
        <translation>Підписано (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="64"/>
        <source>Received (UTC)</source>
        <translation>Отримано (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="75"/>
        <source>version %1</source>
        <translation>версія %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="78"/>
        <source>What changed from</source>
        <translation>Що змінилося від</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="79"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="88"/>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="88"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="89"/>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="89"/>
        <source>Before</source>
        <translation>Було</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="90"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="108"/>
        <source>Versions %1 and %2 are the same in every field.</source>
        <translation>Версії %1 і %2 однакові в усіх полях.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/versions_dialog.py" line="111"/>
        <source>%n change(s) from version %1 to version %2.</source>
        <translation>
            <numerusform>%n зміна від версії %1 до версії %2.</numerusform>
            <numerusform>%n зміни від версії %1 до версії %2.</numerusform>
            <numerusform>%n змін від версії %1 до версії %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="117"/>
        <source>Case versions</source>
        <translation>Версії справи</translation>
    </message>
    <message>
        <location filename="../../app/ui/versions_dialog.py" line="119"/>
        <source>Select a case in the list first.</source>
        <translation>Спершу виберіть справу в списку.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="70"/>
        <source>DEMO — training vault with made-up applicants. Nothing here is a real case.</source>
        <translation>ДЕМО — навчальне сховище з вигаданими заявниками. Тут немає жодної справжньої справи.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/ui/catalogue.py" line="197"/>
        <source>polygraph %1</source>
        <translation>поліграф %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="767"/>
        <source>interview %1</source>
        <translation>співбесіда %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="768"/>
        <source>check %1</source>
        <translation>перевірка %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="769"/>
        <source>polygraph exam %1</source>
        <translation>опитування на поліграфі %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="770"/>
        <source>the decision</source>
        <translation>рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="771"/>
        <source>Interview %1</source>
        <translation>Співбесіда %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="772"/>
        <source>Check %1</source>
        <translation>Перевірка %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="773"/>
        <source>Polygraph exam %1</source>
        <translation>Опитування на поліграфі %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue.py" line="774"/>
        <source>The decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="96"/>
        <source>security service</source>
        <translation>обліки СБУ</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97"/>
        <source>counter intelligence</source>
        <translation>контррозвідка</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="98"/>
        <source>document verification</source>
        <translation>перевірка документів</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="99"/>
        <source>open sources</source>
        <translation>відкриті джерела</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="100"/>
        <source>watchlist</source>
        <translation>список спостереження</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="101"/>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="102"/>
        <source>application</source>
        <translation>заява</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="103"/>
        <source>interview</source>
        <translation>співбесіда</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="104"/>
        <source>checks</source>
        <translation>перевірки</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105"/>
        <source>decision</source>
        <translation>рішення</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="106"/>
        <source>sent to hq</source>
        <translation>надсилання до штабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="107"/>
        <source>date of birth</source>
        <translation>дата народження</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108"/>
        <source>document number</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="109"/>
        <source>unit</source>
        <translation>військова частина</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="110"/>
        <source>rank</source>
        <translation>звання</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="111"/>
        <source>both exams were given by the same examiner</source>
        <translation>обидва опитування провів той самий поліграфолог</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="112"/>
        <source>both exams were held on the same day</source>
        <translation>обидва опитування проведено того самого дня</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="113"/>
        <source>the exam&apos;s stored decision rule is incomplete or damaged</source>
        <translation>збережене з опитуванням правило рішення неповне або пошкоджене</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="114"/>
        <source>the examiner&apos;s result is missing</source>
        <translation>немає висновку поліграфолога</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="117"/>
        <source>results differ (%1 / %2)</source>
        <translation>результати різняться (%1 / %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="118"/>
        <source>exam %1 is %2</source>
        <translation>опитування %1: %2</translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="86"/>
        <source>Your post and your key</source>
        <translation>Ваш пункт і ваш ключ</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="87"/>
        <source>You will be the first user, with the supervisor role.</source>
        <translation>Ви будете першим користувачем, з роллю керівника.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="95"/>
        <source>Supervisor</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="107"/>
        <source>Post code</source>
        <translation>Код пункту</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="107"/>
        <source>Your call sign</source>
        <translation>Ваш позивний</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="108"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="108"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="109"/>
        <source>Passphrase again</source>
        <translation>Парольна фраза ще раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="126"/>
        <source>strong enough</source>
        <translation>достатньо надійна</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="126"/>
        <source>too weak</source>
        <translation>занадто слабка</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="134"/>
        <source>Enter the post code.</source>
        <translation>Введіть код пункту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="136"/>
        <source>Enter your call sign.</source>
        <translation>Введіть свій позивний.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="138"/>
        <source>Choose a passphrase.</source>
        <translation>Придумайте парольну фразу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="140"/>
        <source>The passphrase is too weak (see the meter).</source>
        <translation>Парольна фраза занадто слабка (див. індикатор).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="142"/>
        <source>Type the same passphrase again in the second field.</source>
        <translation>Введіть ту саму парольну фразу ще раз у другому полі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="143"/>
        <location filename="../../app/ui/setup_wizard.py" line="156"/>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="148"/>
        <source>Finish is available when: %1</source>
        <translation>Кнопка «Завершити» стане доступною, коли: %1</translation>
    </message>
</context>
</TS>
