; Inno Setup 6 script: the per-machine Windows installer of Ondernemersdesk.
;
; Build on Windows, after `python installer\build.py` made dist\ondernemersdesk\:
;   iscc /DAppVersion=0.1.0 installer\windows\ondernemersdesk.iss
; -> dist\OndernemersdeskSetup-0.1.0.exe
;
; Written and checked by reading on Linux (Inno Setup runs only on Windows): see README.md.
;
; Silent, managed install with the shared database and the municipality preset for every user:
;   OndernemersdeskSetup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART ^
;     /DATABASE="postgresql://ondernemersdesk@db.gemeente.local:5432/ondernemersdesk" ^
;     /MUNICIPALITY="Gemeente Wijdemeren"
; writes them to the machine-wide settings file {commonappdata}\Ondernemersdesk\ondernemersdesk.ini
; (C:\ProgramData\Ondernemersdesk\ondernemersdesk.ini), which users cannot change.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Ondernemersdesk"
#define AppExe "ondernemersdesk.exe"
#define Bundle "..\..\dist\ondernemersdesk"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F1C2A8E-4B7D-4E19-9C3A-2D5B8E0F7A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per machine: installed once for every user, by an administrator.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=OndernemersdeskSetup-{#AppVersion}
SetupIconFile=..\..\resources\icons\ondernemersdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade closes a running Ondernemersdesk first, and replaces the whole folder.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Files of an older version that the new one no longer has must not linger in {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "Ondernemersdesk.Ondernemersdesk"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "Ondernemersdesk.Ondernemersdesk"; Tasks: desktopicon

[INI]
; Only when given on the command line; an existing file's other entries are left alone, and the
; file stays after uninstalling (it is IT's configuration, needed again by the next version).
Filename: "{commonappdata}\{#AppName}\ondernemersdesk.ini"; Section: "database"; Key: "url"; String: "{param:DATABASE}"; Check: HasParam('DATABASE')
Filename: "{commonappdata}\{#AppName}\ondernemersdesk.ini"; Section: "identity"; Key: "name"; String: "{param:MUNICIPALITY}"; Check: HasParam('MUNICIPALITY')

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function HasParam(Name: String): Boolean;
begin
  Result := ExpandConstant('{param:' + Name + '}') <> '';
end;
