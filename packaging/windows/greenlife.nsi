; Windows installer for the one-folder bundle (dist\GreenLife), made with NSIS:
;   makensis /DVERSION=0.1.0 /DSRC=..\..\dist\GreenLife /DOUTFILE=..\..\dist\GreenLife-0.1.0-windows-x64-setup.exe greenlife.nsi
; Installs for the current user (no administrator rights) into %LOCALAPPDATA%\Programs\GreenLife,
; adds a Start-menu entry and an uninstaller listed in Settings > Apps. Uninstalling removes the
; program, never the household's data (%LOCALAPPDATA%\GreenLife\GreenLife): the README says how.
Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef SRC
  !define SRC "..\..\dist\GreenLife"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\GreenLife-${VERSION}-windows-x64-setup.exe"
!endif
!define APP_ID "org.greenlife.GreenLife"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "GreenLife ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\GreenLife"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor /SOLID lzma

!define MUI_ICON "..\..\resources\icons\greenlife.ico"
!define MUI_UNICON "..\..\resources\icons\greenlife.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\greenlife.exe"
!insertmacro MUI_PAGE_LICENSE "..\..\LICENSE"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

Section "GreenLife" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${SRC}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\GreenLife.lnk" "$INSTDIR\greenlife.exe" "" "$INSTDIR\greenlife.exe" 0
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "GreenLife"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The GreenLife contributors"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\greenlife.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\GreenLife.lnk"
  ; only what the installer put there, then the folder if it is empty (never a whole chosen folder)
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\greenlife.exe"
  Delete "$INSTDIR\LICENSE"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; the data (the book and its backups) stays in $LOCALAPPDATA\GreenLife\GreenLife
SectionEnd
