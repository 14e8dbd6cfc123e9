# Writes the completion script of one shell: cmake -DVITK=path/to/vitk -DSHELL_NAME=bash -DOUT=file -P ...
execute_process(COMMAND ${VITK} completions ${SHELL_NAME} OUTPUT_FILE ${OUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "vitk completions ${SHELL_NAME} failed: ${status}")
endif()
