@echo off
rem goalsheet launcher for Windows, for a source checkout (builds target\goalsheet.jar on first use
rem and again when the sources have changed) and for the unpacked release archive (bin\goalsheet.cmd
rem beside lib\). JAVA_OPTS passes options to the JVM. Behaves like the POSIX script `goalsheet`.
setlocal EnableExtensions
set "here=%~dp0"
set "here=%here:~0,-1%"

if exist "%here%\pom.xml" goto checkout
for %%D in ("%here%\..") do set "top=%%~fD"
set "lib=%top%\lib"
set "samples=%top%\samples"
goto archive

:checkout
set "lib=%here%\target"
set "samples=%here%\samples"
rem 0: up to date; 1: the sources are newer than the jar (or there is none); 2: the jar is newer than
rem the class-data archive. PowerShell does the date arithmetic cmd.exe cannot; only in a checkout.
powershell -NoProfile -NonInteractive -Command ^
  "$j = Get-Item -LiteralPath '%lib%\goalsheet.jar' -ErrorAction SilentlyContinue;" ^
  "if (-not $j) { exit 1 };" ^
  "$newer = Get-ChildItem -LiteralPath '%here%\src\main','%here%\templates','%here%\pom.xml' -Recurse -File | Where-Object { $_.LastWriteTime -gt $j.LastWriteTime } | Select-Object -First 1;" ^
  "if ($newer) { exit 1 };" ^
  "$a = Get-ChildItem -Path '%lib%\goalsheet-*.jsa' -ErrorAction SilentlyContinue | Select-Object -First 1;" ^
  "if ($a -and $a.LastWriteTime -lt $j.LastWriteTime) { exit 2 }; exit 0"
set "state=%ERRORLEVEL%"
if "%state%"=="2" del /f /q "%lib%\goalsheet-*.jsa" >nul 2>&1
if not "%state%"=="1" goto archive
echo goalsheet: building target\goalsheet.jar (first run only; about a minute)... 1>&2
set "log=%TEMP%\goalsheet-build-%RANDOM%.log"
pushd "%here%"
call mvnw.cmd -B -q -DskipTests package >"%log%" 2>&1
set "rc=%ERRORLEVEL%"
popd
if not "%rc%"=="0" (
  type "%log%" 1>&2
  del /f /q "%log%" >nul 2>&1
  echo goalsheet: the build failed ^(see above^) 1>&2
  exit /b 3
)
del /f /q "%log%" >nul 2>&1
del /f /q "%lib%\goalsheet-*.jsa" >nul 2>&1

:archive
set "jar=%lib%\goalsheet.jar"
set "own=%lib%\original-goalsheet.jar"
set "cp=%jar%"
if exist "%own%" set "cp=%own%;%jar%"

rem The class-data-sharing archive halves start-up time (see the POSIX script). Beside the jars when
rem that folder is writable, else in the user's local application data; named by the jar's size, since
rem the jars of a release all bear the same date.
for %%I in ("%jar%") do set "size=%%~zI"
set "dir=%lib%"
copy /y nul "%lib%\.writable" >nul 2>&1
if exist "%lib%\.writable" (
  del /f /q "%lib%\.writable" >nul 2>&1
) else (
  set "dir=%LOCALAPPDATA%\goalsheet"
)
if not exist "%dir%" mkdir "%dir%" >nul 2>&1
set "jsa=%dir%\goalsheet-%size%.jsa"
rem The throughput collector, for the training run and every run (see the POSIX script).
set "gc=-XX:+UseParallelGC"
set "part=%jsa%.%RANDOM%%RANDOM%"
if not exist "%jsa%" (
  del /f /q "%dir%\goalsheet-*.jsa" >nul 2>&1
  rem the classes a training run loads, dumped into a static archive as the POSIX script explains, under
  rem a name of this run's own and moved into place
  java %gc% -Xshare:off -XX:DumpLoadedClassList="%part%.classes" -cp "%cp%" io.goalsheet.cli.Training "%samples%\2025-09" >nul 2>&1
  if not errorlevel 1 java %gc% -Xshare:dump -XX:SharedClassListFile="%part%.classes" -XX:SharedArchiveFile="%part%.tmp" -Xlog:cds=off -cp "%cp%" >nul 2>&1
  if not errorlevel 1 move /y "%part%.tmp" "%jsa%" >nul 2>&1
  del /f /q "%part%.classes" "%part%.tmp" >nul 2>&1
)
set "cds="
if exist "%jsa%" set "cds=-XX:SharedArchiveFile="%jsa%" -Xlog:cds=off -Xlog:cds+dynamic=off"

rem Only the quick JIT compiler: a run is over in seconds (see the POSIX script).
java %gc% %cds% -XX:TieredStopAtLevel=1 %JAVA_OPTS% -cp "%cp%" io.goalsheet.cli.Main %*
exit /b %ERRORLEVEL%
