# A manual page renders with man -l and no warnings at all.
#   cmake -DMAN=/usr/bin/man -DPAGE=man/vitk.1 -P check_man.cmake
execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 MANWIDTH=80 ${MAN} --warnings -l ${PAGE}
  OUTPUT_VARIABLE text ERROR_VARIABLE warnings RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT warnings STREQUAL "" OR text STREQUAL "")
  message(FATAL_ERROR "man -l ${PAGE}: status ${status}\n${warnings}")
endif()
