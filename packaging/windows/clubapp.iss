; Inno Setup script for the Windows installer of clubapp (run after packaging/build.py on Windows):
;   iscc packaging\windows\clubapp.iss
; Installs per user by default (no administrator needed on a school PC), adds a start-menu entry and an
; uninstaller. The data folder (%LOCALAPPDATA%\IntegrityClubs\clubapp) is left in place on uninstall: it holds
; the club's records.
#define AppVersion "0.1.0"

[Setup]
AppId={{6B1F0B3C-8E7A-4C59-9C3E-CLUBAPP00001}
AppName=clubapp
AppVersion={#AppVersion}
AppPublisher=Integrity Clubs
DefaultDirName={autopf}\clubapp
DefaultGroupName=clubapp
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=clubapp-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\clubapp.ico
UninstallDisplayIcon={app}\clubapp.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"

[Files]
Source: "..\..\dist\clubapp\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\clubapp"; Filename: "{app}\clubapp.exe"
Name: "{group}\{cm:UninstallProgram,clubapp}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\clubapp"; Filename: "{app}\clubapp.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\clubapp.exe"; Description: "{cm:LaunchProgram,clubapp}"; Flags: nowait postinstall skipifsilent
