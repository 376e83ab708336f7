# A fingerprint of the loading code, regenerated whenever one of its files
# changes, so a catalogue knows whether a file it holds would load the same
# today. Usage:
#   loader_fingerprint(OUTPUT file.cpp FILES a.cpp b.h ...)
# generates `const char* cablecat::loaderBuild()`.
function(loader_fingerprint)
  cmake_parse_arguments(FP "" "OUTPUT" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT ${FP_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${FP_OUTPUT} -DROOT=${PROJECT_SOURCE_DIR}
            "-DFILES=${FP_FILES}" -P ${PROJECT_SOURCE_DIR}/src/cmake/LoaderFingerprintScript.cmake
    DEPENDS ${FP_FILES} ${PROJECT_SOURCE_DIR}/src/cmake/LoaderFingerprintScript.cmake
    VERBATIM)
endfunction()
