; Inno Setup 6 script (UTF-8 with BOM, so the compiler reads the å, ä and ö right): Vägledare for one Windows user, no administrator rights needed.
;
; Build on Windows after the PyInstaller bundle exists (dist\vagledare\vagledare.exe):
;   pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\vagledare.spec
;   iscc /DAppVersion=0.1.0 packaging\vagledare.iss
; AppVersion is [project] version in pyproject.toml, the only place the number is written, e.g.
;   python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
; The installer lands in dist\installer\vagledare-<version>-setup.exe.
;
; Where things live on the desk PC:
;   program  %LOCALAPPDATA%\Programs\Vagledare   ({autopf} in a per-user install)
;   journal  %LOCALAPPDATA%\Vagledare\journal.sqlite, backups and settings.json beside it
;            (platformdirs' user data/config folder, see vagledare.journal.db and
;            vagledare.app.settings)
; The journal is NEVER written to the program folder. The uninstaller removes only what this
; script installed in {app}; there is deliberately no [UninstallDelete] entry for the data
; folder, so uninstalling (or upgrading) keeps every journal, backup and setting.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\vagledare.iss
#endif

#define AppName "Vägledare"
#define AppExe "vagledare.exe"

[Setup]
; A fixed id: upgrades and the uninstaller recognise earlier installs by it. Never change it.
AppId={{0B629642-D164-4B79-95ED-C651D4DD062D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Vägledare
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} – installation
; Per-user install: no UAC prompt, works on locked-down desk PCs.
PrivilegesRequired=lowest
; An ASCII folder name: no surprises for scripts and support staff typing the path.
DefaultDirName={autopf}\Vagledare
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=vagledare-{#AppVersion}-setup
SetupIconFile=..\resources\icons\vagledare.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Close a running Vägledare before files are replaced (it holds the journal open).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Swedish is an unofficial Inno Setup translation: used when it is installed with the compiler.
#if FileExists(CompilerPath + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle. ignoreversion: always replace on upgrade.
Source: "..\dist\vagledare\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: see the note at the top about the journal.
