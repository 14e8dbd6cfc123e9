# The layers depend downward only, and the build holds them to it: the sources of a layer see the public headers
# of that layer and the ones below it, and nothing else. Compiles one #include of each layer's headers from each
# layer's view of include/: every downward or own include must compile, every upward one must fail.
#   cmake -DCXX=c++ -DLAYERS=build/layers -DSOURCE=. -DOUT=scratch/dir -P check_layers.cmake
set(layers base foods intake report cli)
set(failed FALSE)
file(MAKE_DIRECTORY ${OUT})
list(LENGTH layers count)
math(EXPR last "${count} - 1")
foreach(from RANGE ${last})
  list(GET layers ${from} layer)
  foreach(to RANGE ${last})
    list(GET layers ${to} other)
    # Every public header of the other layer, in one translation unit.
    file(GLOB headers RELATIVE ${SOURCE}/include ${SOURCE}/include/vitk/${other}/*.hpp)
    list(REMOVE_ITEM headers vitk/base/toml_guard.hpp)  # the one header that includes toml++
    set(snippet "")
    foreach(header IN LISTS headers)
      string(APPEND snippet "#include \"${header}\"\n")
    endforeach()
    file(WRITE ${OUT}/${layer}-${other}.cpp "${snippet}")
    execute_process(COMMAND ${CXX} -std=c++20 -fsyntax-only -I${LAYERS}/${layer} ${OUT}/${layer}-${other}.cpp
      RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE errors)
    if(to LESS_EQUAL from AND NOT status EQUAL 0)
      set(failed TRUE)
      message("${layer} cannot include the headers of ${other}, a layer below it or itself:\n${errors}")
    elseif(to GREATER from AND status EQUAL 0)
      set(failed TRUE)
      message("${layer} can include the headers of ${other}, a layer above it")
    endif()
  endforeach()
endforeach()
if(failed)
  message(FATAL_ERROR "the layers are not enforced as ARCHITECTURE.md says")
endif()
