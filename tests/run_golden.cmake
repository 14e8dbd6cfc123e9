# Runs one golden case: vitk with the case's arguments and standard input, compared with the expected output.
#   cmake -DVITK=path/to/vitk -DCASE=tests/golden/<case> -DOUT=scratch/dir -P run_golden.cmake
# -DLAUNCHER="valgrind;--error-exitcode=99;..." runs vitk under that command (its exit code then tells).
# Set VITK_BLESS=1 in the environment to write the actual output back as the new expectation.
#
# Files of a case (all optional except args):
#   args      one argument per line (an argument may contain ';'; empty lines are ignored)
#   stdin     standard input (default: /dev/null)
#   env       NAME=VALUE lines added to a clean environment
#   stdout-to a path to send standard output to instead of capturing it (e.g. /dev/full)
#   pipe      a command, one word per line, that standard output is piped into (e.g. head -n 1)
#   tty       present: run vitk on a pseudo-terminal (with script(1)); its output is then stdout. Where
#             no pseudo-terminal can be made, the case is skipped.
#   before/   files copied into a scratch folder, @WORK@ in args and env, before the run
#   after/    the files the scratch folder must hold after the run, no more and no fewer (for -o)
#   stdout, stderr, status   the expectations (missing means empty output, status 0)
# In args and env, @CASE@ is the case folder and @WORK@ the scratch folder; in the output, the scratch folder
# shows as @WORK@.
#   stdout-match   instead of stdout: a regular expression the output must match (for --help, whose
#                  layout belongs to CLI11)
#   stdout-refuse  with stdout-match: a regular expression the output must not match

cmake_minimum_required(VERSION 3.25)

function(read_lines file out_var)
  file(READ ${file} content)
  string(REPLACE ";" "\\;" content "${content}")
  string(REGEX REPLACE "\n$" "" content "${content}")
  string(REPLACE "\n" ";" lines "${content}")
  set(${out_var} "${lines}" PARENT_SCOPE)
endfunction()

set(work ${OUT}/work)
set(args "")
if(EXISTS ${CASE}/args)
  read_lines(${CASE}/args args)
  string(REPLACE "@CASE@" "${CASE}" args "${args}")
  string(REPLACE "@WORK@" "${work}" args "${args}")
endif()

# A fixed environment, so that the caller's settings cannot change the result.
# env(1) execs vitk in its place, so a death by signal (a closed pipe) shows as such.
set(env_args -u NO_COLOR -u VITK_CONFIG -u VITK_FOODS -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u COLUMNS
    HOME=${OUT}/home TERM=dumb LC_ALL=C.UTF-8)
if(EXISTS ${CASE}/env)
  read_lines(${CASE}/env extra_env)
  string(REPLACE "@CASE@" "${CASE}" extra_env "${extra_env}")
  string(REPLACE "@WORK@" "${work}" extra_env "${extra_env}")
  list(APPEND env_args ${extra_env})
endif()

set(stdin_file /dev/null)
if(EXISTS ${CASE}/stdin)
  set(stdin_file ${CASE}/stdin)
endif()

file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT}/home ${work})
if(EXISTS ${CASE}/before)
  file(COPY ${CASE}/before/ DESTINATION ${work})
endif()
set(command env ${env_args} ${LAUNCHER} ${VITK} ${args})
if(EXISTS ${CASE}/tty)
  # script(1) runs one shell command line: quote every word for sh.
  set(line "")
  foreach(word IN LISTS command)
    string(REPLACE "'" "'\\''" word "${word}")
    string(APPEND line " '${word}'")
  endforeach()
  set(command script -qec "${line}" /dev/null)
endif()
set(output_options OUTPUT_VARIABLE actual_stdout)
if(EXISTS ${CASE}/stdout-to)
  file(STRINGS ${CASE}/stdout-to target LIMIT_COUNT 1)
  set(output_options OUTPUT_FILE ${target})
  set(actual_stdout "")
endif()
if(EXISTS ${CASE}/pipe)
  read_lines(${CASE}/pipe pipe_command)
  execute_process(COMMAND ${command} COMMAND ${pipe_command}
    WORKING_DIRECTORY ${CASE} INPUT_FILE ${stdin_file} ${output_options} ERROR_VARIABLE actual_stderr
    RESULTS_VARIABLE statuses)
  list(GET statuses 0 actual_status)
else()
  execute_process(COMMAND ${command}
    WORKING_DIRECTORY ${CASE} INPUT_FILE ${stdin_file} ${output_options} ERROR_VARIABLE actual_stderr
    RESULT_VARIABLE actual_status)
endif()

# Where no pseudo-terminal can be made (a chroot without /dev/pts), a terminal case cannot run: skip it.
if(EXISTS ${CASE}/tty AND actual_stderr MATCHES "script: failed to create pseudo-terminal")
  message("SKIPPED: no pseudo-terminal here (${actual_stderr})")
  return()
endif()

# The case directory is where the test runs: make paths in messages independent of the checkout.
string(REPLACE "${CASE}/" "" actual_stderr "${actual_stderr}")
string(REPLACE "${CASE}/" "" actual_stdout "${actual_stdout}")
string(REPLACE "${work}" "@WORK@" actual_stderr "${actual_stderr}")
string(REPLACE "${work}" "@WORK@" actual_stdout "${actual_stdout}")

set(failed FALSE)
foreach(stream stdout stderr status)
  set(actual "${actual_${stream}}")
  if(stream STREQUAL "status")
    set(actual "${actual}\n")
  endif()
  set(expected "")
  if(EXISTS ${CASE}/${stream})
    file(READ ${CASE}/${stream} expected)
  elseif(stream STREQUAL "status")
    set(expected "0\n")
  endif()
  if(stream STREQUAL "stdout" AND EXISTS ${CASE}/stdout-match)
    file(READ ${CASE}/stdout-match pattern)
    string(STRIP "${pattern}" pattern)
    if(NOT actual MATCHES "${pattern}")
      set(failed TRUE)
      message("stdout does not match ${CASE}/stdout-match:\n${actual}")
    endif()
    if(EXISTS ${CASE}/stdout-refuse)
      file(READ ${CASE}/stdout-refuse refused)
      string(STRIP "${refused}" refused)
      if(actual MATCHES "${refused}")
        set(failed TRUE)
        message("stdout matches ${CASE}/stdout-refuse, which it must not:\n${actual}")
      endif()
    endif()
    continue()
  endif()
  if(stream STREQUAL "stdout" AND EXISTS ${CASE}/tty)
    string(REPLACE "\r\n" "\n" actual "${actual}")
  endif()
  if(DEFINED ENV{VITK_BLESS})
    if(actual STREQUAL "" OR (stream STREQUAL "status" AND actual STREQUAL "0\n"))
      file(REMOVE ${CASE}/${stream})
    else()
      file(WRITE ${CASE}/${stream} "${actual}")
    endif()
  elseif(NOT actual STREQUAL expected)
    set(failed TRUE)
    file(WRITE ${OUT}/expected-${stream} "${expected}")
    file(WRITE ${OUT}/actual-${stream} "${actual}")
    execute_process(COMMAND diff -u ${OUT}/expected-${stream} ${OUT}/actual-${stream} OUTPUT_VARIABLE difference)
    message("${stream} differs from ${CASE}/${stream}:\n${difference}")
  endif()
endforeach()

# The files left in the scratch folder: exactly those of after/, with the same contents (hidden ones count).
if(EXISTS ${CASE}/after)
  file(GLOB_RECURSE left RELATIVE ${work} LIST_DIRECTORIES false ${work}/* ${work}/.*)
  file(GLOB_RECURSE wanted RELATIVE ${CASE}/after LIST_DIRECTORIES false ${CASE}/after/* ${CASE}/after/.*)
  list(SORT left)
  list(SORT wanted)
  if(DEFINED ENV{VITK_BLESS})
    file(REMOVE_RECURSE ${CASE}/after)
    file(COPY ${work}/ DESTINATION ${CASE}/after)
  elseif(NOT left STREQUAL wanted)
    set(failed TRUE)
    message("the scratch folder holds [${left}], expected [${wanted}]")
  else()
    foreach(name IN LISTS wanted)
      file(READ ${CASE}/after/${name} expected_content)
      file(READ ${work}/${name} actual_content)
      if(NOT expected_content STREQUAL actual_content)
        set(failed TRUE)
        message("${name} differs from ${CASE}/after/${name}:\n${actual_content}")
      endif()
    endforeach()
  endif()
endif()

if(failed)
  message(FATAL_ERROR "golden case failed; after review, re-bless with: VITK_BLESS=1 ctest -L golden")
endif()
