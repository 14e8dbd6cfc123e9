# tools/foods/generate.py writes the expected tables from the given data, byte for byte, twice in a row.
#   cmake -DPYTHON=python3 -DSOURCE=source/tree -DDATA=data/dir -DRECIPE=recipe.toml -DEXPECTED=dir -DOUT=scratch
#         -P check_generator.cmake
foreach(run first second)
  file(REMOVE_RECURSE ${OUT}/${run})
  file(MAKE_DIRECTORY ${OUT}/${run})
  execute_process(COMMAND ${PYTHON} ${SOURCE}/tools/foods/generate.py ${DATA} --out ${OUT}/${run} --recipe ${RECIPE}
    RESULT_VARIABLE status ERROR_VARIABLE errors OUTPUT_QUIET)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "generate.py failed (${status}):\n${errors}")
  endif()
endforeach()
foreach(table usda-sr28.toml common.toml)
  foreach(run first second)
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${EXPECTED}/${table} ${OUT}/${run}/${table}
      RESULT_VARIABLE different)
    if(different)
      execute_process(COMMAND diff -u ${EXPECTED}/${table} ${OUT}/${run}/${table} OUTPUT_VARIABLE difference)
      message(FATAL_ERROR "${table} of the ${run} run differs from ${EXPECTED}/${table}:\n${difference}")
    endif()
  endforeach()
endforeach()
