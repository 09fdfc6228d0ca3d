; Inno Setup 6 script for Field Dossier. UNTESTED (no Windows machine here); see build.ps1.
; Per-user install, no admin rights and no network needed.
#define AppVersion "0.1.0"

[Setup]
AppId={{6F4E2C1A-9B7D-4E55-A8C2-3F1D0E9B7A21}
AppName=Field Dossier
AppVersion={#AppVersion}
AppPublisher=Field Dossier team
DefaultDirName={localappdata}\Programs\Field Dossier
DefaultGroupName=Field Dossier
PrivilegesRequired=lowest
OutputDir=..\..\dist\installer
OutputBaseFilename=FieldDossier-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\field-dossier.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"

[Files]
Source: "..\..\dist\field-dossier\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Field Dossier"; Filename: "{app}\field-dossier.exe"; AppUserModelID: "org.fielddossier.FieldDossier"
Name: "{group}\Field Dossier self-test"; Filename: "{cmd}"; Parameters: "/k ""{app}\field-dossier.exe"" selftest"

[Run]
Filename: "{app}\field-dossier.exe"; Parameters: "selftest"; Flags: runhidden waituntilterminated; StatusMsg: "Running the self-test..."
