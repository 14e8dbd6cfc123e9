# cmake --install puts every file where the package and the manual say, and the installed program runs.
#   cmake -DBUILD=build/dir -DOUT=scratch/dir -P check_install.cmake
file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix /usr
  RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${errors}")
endif()
set(expected
  usr/bin/vitk
  usr/share/bash-completion/completions/vitk
  usr/share/doc/vitk/README.md
  usr/share/fish/vendor_completions.d/vitk.fish
  usr/share/man/man1/vitk.1
  usr/share/man/man5/vitk-foods.5
  usr/share/man/man5/vitk-meals.5
  usr/share/vitk/foods/README.md
  usr/share/vitk/foods/common.toml
  usr/share/vitk/foods/cronometer-names.csv
  usr/share/vitk/foods/usda-sr28.toml
  usr/share/vitk/schemas/foods-match.schema.json
  usr/share/vitk/schemas/foods.schema.json
  usr/share/vitk/schemas/report.ndjson.schema.json
  usr/share/vitk/schemas/report.schema.json
  usr/share/zsh/vendor-completions/_vitk)
file(GLOB_RECURSE installed RELATIVE ${OUT} ${OUT}/*)
list(SORT installed)
if(NOT installed STREQUAL expected)
  message(FATAL_ERROR "installed files:\n${installed}\nexpected:\n${expected}")
endif()
execute_process(COMMAND ${OUT}/usr/bin/vitk "natto 50 g" OUTPUT_VARIABLE report RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT report MATCHES "Natto, fermented soybeans")
  message(FATAL_ERROR "the installed vitk does not run: ${status}\n${report}")
endif()
execute_process(COMMAND ${OUT}/usr/bin/vitk completions bash OUTPUT_VARIABLE script)
file(READ ${OUT}/usr/share/bash-completion/completions/vitk installed_script)
if(NOT script STREQUAL installed_script)
  message(FATAL_ERROR "the installed bash completion is not the program's")
endif()
# The installed tables are the ones compiled in: every one passes the loader.
execute_process(COMMAND ${OUT}/usr/bin/vitk foods check ${OUT}/usr/share/vitk/foods/common.toml
  ${OUT}/usr/share/vitk/foods/usda-sr28.toml RESULT_VARIABLE status OUTPUT_VARIABLE checked)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "the installed food tables do not load:\n${checked}")
endif()
