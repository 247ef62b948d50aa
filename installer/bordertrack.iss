; Inno Setup script for BorderTrack on Windows (Inno Setup 6).
;   pyinstaller --noconfirm build.spec            -> dist\bordertrack\ (bordertrack.exe, bordertrack-cli.exe)
;   iscc /DAppVersion=0.1.0 installer\bordertrack.iss -> dist\BorderTrack-0.1.0-setup.exe
; Silent per-user install (CI, or an IT officer): BorderTrack-VERSION-setup.exe /VERYSILENT /CURRENTUSER
; Installs per user by default (no administrator needed on a post's laptop); an administrator
; may choose "for all users". The person's data (%LOCALAPPDATA%\BorderTrack: the database,
; its backups, the device's keys) is never installed by this setup, so uninstalling leaves it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "BorderTrack"
#define AppExe "bordertrack.exe"
#define CliExe "bordertrack-cli.exe"

[Setup]
AppId={{6E4C2B7A-3F5D-4E8B-9C1A-B0D7E2F4A915}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=BorderTrack project
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
AppComments=Equipment, training and works registers for border crossing points, offline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=BorderTrack-{#AppVersion}-setup
SetupIconFile=..\resources\icons\bordertrack.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
en.ImportVerb=Import into BorderTrack
ru.ImportVerb=Импортировать в BorderTrack
en.DesktopIcon=Create a desktop shortcut
ru.DesktopIcon=Создать ярлык на рабочем столе
en.KeptData=Your BorderTrack data (database, backups, device keys) stays in %1. Delete that folder yourself only if this computer will never use BorderTrack again.
ru.KeptData=Ваши данные BorderTrack (база, резервные копии, ключи устройства) остаются в %1. Удаляйте эту папку вручную, только если BorderTrack на этом компьютере больше не понадобится.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "..\dist\bordertrack\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; Bundles are ordinary .xlsx workbooks that coordinators also open in Excel, so BorderTrack does
; not take over .xlsx: it adds one verb to the right-click menu (see docs/decisions.md).
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.xlsx\shell\BorderTrack.Import"; ValueType: string; ValueName: ""; ValueData: "{cm:ImportVerb}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.xlsx\shell\BorderTrack.Import"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.xlsx\shell\BorderTrack.Import\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; "Open with > BorderTrack": the same bare file argument opens the bundle's import preview
; (handed to the open window when there is one).
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithList\{#AppExe}"; ValueType: string; ValueName: ""; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Nothing under the user's data folder is removed: say where it is. }
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('KeptData'), [ExpandConstant('{localappdata}\BorderTrack')]),
      mbInformation, MB_OK);
end;
