; digifelt for Windows: per-user installer (no administrator rights), Inno Setup 6.
;
; Build the app folder first, then compile this script (build.py does both when ISCC.exe is
; installed in its usual place or on PATH):
;
;   py installer\build.py
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" installer\windows\digifelt.iss
;
; Result: installer\dist\digifelt-<version>-setup.exe. The version is read from
; digifelt\__init__.py; `ISCC /DAppVersion=1.2.3 ...` overrides it.
;
; What the setup does: copies the app to %LOCALAPPDATA%\Programs\digifelt, adds a Start-menu
; entry (and, if ticked, a desktop icon), opens *.digifelt files with digifelt (registered
; under HKCU\Software\Classes, so for this user only), and registers an uninstaller under
; Settings > Apps. Uninstalling removes the program and those registry keys; projects,
; settings and backups in %LOCALAPPDATA%\digifelt and the user's own folders are kept.

#define AppName "digifelt"
#define AppExe "digifelt.exe"
#define ProgId "digifelt.assessment"
#define Root AddBackslash(SourcePath) + "..\.."

#ifndef AppVersion
  ; The line `__version__ = "x.y.z"` of digifelt\__init__.py.
  #define VersionFile Root + "\digifelt\__init__.py"
  #define VersionLine ""
  #define FileLine ""
  #define FileHandle 0
  #sub ReadVersionLine
    #define FileLine FileRead(FileHandle)
    #if Pos("__version__", FileLine) == 1
      #define VersionLine FileLine
    #endif
  #endsub
  #for {FileHandle = FileOpen(VersionFile); FileHandle && !FileEof(FileHandle) && VersionLine == ""; 0} ReadVersionLine
  #if FileHandle
    #expr FileClose(FileHandle)
  #endif
  #if VersionLine == ""
    #error Cannot read __version__ from digifelt\__init__.py; pass /DAppVersion=x.y.z
  #endif
  #define VersionRest Copy(VersionLine, Pos('"', VersionLine) + 1, 100)
  #define AppVersion Copy(VersionRest, 1, Pos('"', VersionRest) - 1)
#endif

[Setup]
; AppId identifies digifelt to Windows across versions: never change it.
AppId={{FDD235B6-89F4-4A57-B1C3-9587E564324D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=digifelt developers
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
; Per user, no administrator rights: {userpf} is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; The app folder that `python installer/build.py` made.
SourceDir={#Root}\installer\dist\digifelt
OutputDir={#Root}\installer\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\digifelt.ico
LicenseFile={#Root}\LICENSE
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
; The .digifelt association: Explorer is told to refresh its icons and handlers.
ChangesAssociations=yes
; A running digifelt is asked to close (its notes are saved on quit) before files are replaced.
CloseApplications=yes
RestartApplications=no
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Code signing (recommended, else SmartScreen warns): define a sign tool named "signtool" in
; the Inno Setup IDE (Tools > Configure Sign Tools), then uncomment:
; SignTool=signtool
; SignedUninstaller=yes

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.FileTypeName=digifelt assessment
nb.FileTypeName=digifelt-kartlegging
en.AssociateTask=Open .digifelt files with digifelt
nb.AssociateTask=Bruk digifelt for .digifelt-filer
en.FileTypes=File types:
en.AppComment=Evidence capture and reporting for on-site assessments
nb.FileTypes=Filtyper:
nb.AppComment=Samle og rapportere evidens fra kartlegginger

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociateTask}"; GroupDescription: "{cm:FileTypes}"

[InstallDelete]
; The libraries of the previous version go first, so an upgrade leaves no stale files behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; digifelt.exe (windowed), digifelt-cli.exe (console, for the command line) and _internal\.
Source: "*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; *.digifelt -> digifelt.assessment -> "digifelt.exe open <file>", for this user only.
Root: HKCU; Subkey: "Software\Classes\.digifelt"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.digifelt"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-digifelt"; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.digifelt\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""; Tasks: associate
; "Open with" lists digifelt for .digifelt files even when another program is the default.
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".digifelt"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
; Win+R "digifelt" starts the app.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#AppExe}"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
