# Build the Windows release: PyInstaller one-folder bundle, then the Inno Setup installer.
#   powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
# Needs: Python 3.11 with `pip install -e .[build]`, Inno Setup 6 (iscc.exe on PATH).
$ErrorActionPreference = "Stop"
Set-Location (Split-Path $PSScriptRoot -Parent)
$version = python -c "import bordertrack; print(bordertrack.__version__)"
python -m PyInstaller --noconfirm build.spec
dist\bordertrack\bordertrack.exe self-check
if ($LASTEXITCODE -ne 0) { throw "the frozen self-check failed" }
iscc "/DAppVersion=$version" installer\bordertrack.iss
Get-Item "dist\BorderTrack-$version-setup.exe" | Select-Object Name, Length
