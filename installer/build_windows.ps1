# Build the Windows release: PyInstaller one-folder bundle, its self-check, the Inno Setup installer.
#   powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
# Needs: Python 3.11 with `pip install -e .[build]`, Inno Setup 6 (iscc.exe on PATH or in its
# default folder). Every step's exit code is checked: a failed step stops the build, so a
# failed freeze can never package the previous build's files.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path $PSScriptRoot -Parent)

function Invoke-Step([string]$What, [scriptblock]$Command) {
    Write-Host "==> $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$version = python -c "import bordertrack; print(bordertrack.__version__)"
if ($LASTEXITCODE -ne 0 -or -not $version) { throw "cannot read the version (is Python 3.11 on PATH?)" }

# A stale bundle must not survive a failed freeze.
if (Test-Path dist\bordertrack) { Remove-Item -Recurse -Force dist\bordertrack }
Invoke-Step "freeze (PyInstaller)" { python -m PyInstaller --noconfirm build.spec }
foreach ($exe in "bordertrack.exe", "bordertrack-cli.exe") {
    if (-not (Test-Path "dist\bordertrack\$exe")) { throw "the freeze did not produce $exe" }
}
Invoke-Step "frozen self-check" { dist\bordertrack\bordertrack-cli.exe self-check }
Invoke-Step "frozen self-check --gui" { dist\bordertrack\bordertrack-cli.exe self-check --gui }

$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 (iscc.exe) was not found" }
$setup = "dist\BorderTrack-$version-setup.exe"
if (Test-Path $setup) { Remove-Item -Force $setup }
Invoke-Step "installer (Inno Setup)" { & $iscc "/DAppVersion=$version" installer\bordertrack.iss }
if (-not (Test-Path $setup)) { throw "Inno Setup did not produce $setup" }

$bytes = (Get-ChildItem -Recurse -File dist\bordertrack | Measure-Object -Sum Length).Sum
Write-Host ("one-folder bundle: {0:N0} MB" -f ($bytes / 1MB))
Get-Item $setup | Select-Object Name, @{ n = "MB"; e = { [math]::Round($_.Length / 1MB, 1) } }
