# Windows build: PyInstaller one-folder app, then an installer with Inno Setup 6.
# UNTESTED: written and reviewed on Linux; no Windows machine was available to run it.
# Needs: Python 3.11+ (python.org, "Add to PATH"), Inno Setup 6 (iscc.exe on PATH).
# SQLCipher comes inside the sqlcipher3 wheel; check that pip installs a binary wheel
# (`pip download sqlcipher3 --only-binary :all:`) or build it with SQLCipher's Windows docs.
# Run from the repository root:  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
python -m venv .venv-win
.\.venv-win\Scripts\python -m pip install --upgrade pip
.\.venv-win\Scripts\python -m pip install -e ".[dist]"
.\.venv-win\Scripts\pyside6-lrelease resources\translations\field_dossier_uk.ts -qm resources\translations\field_dossier_uk.qm
.\.venv-win\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build packaging\field-dossier.spec
.\dist\field-dossier\field-dossier.exe selftest
if ($LASTEXITCODE -ne 0) { throw "The self-test of the frozen build failed." }
iscc packaging\windows\field-dossier.iss
Write-Host "Installer written to dist\installer\"
