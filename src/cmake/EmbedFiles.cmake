# Turns text files (the schema, the report SQL) into a C++ source so the
# binary is self-contained. Usage:
#   embed_text_files(OUTPUT file.cpp NAMESPACE ns FUNCTION fn FILES a.sql b.sql)
# generates `std::vector<cablecat::EmbeddedFile> ns::fn()` in file order.
function(embed_text_files)
  cmake_parse_arguments(EMBED "" "OUTPUT;NAMESPACE;FUNCTION" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT ${EMBED_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${EMBED_OUTPUT} -DNAMESPACE=${EMBED_NAMESPACE}
            -DFUNCTION=${EMBED_FUNCTION} "-DFILES=${EMBED_FILES}"
            -P ${PROJECT_SOURCE_DIR}/src/cmake/EmbedFilesScript.cmake
    DEPENDS ${EMBED_FILES} ${PROJECT_SOURCE_DIR}/src/cmake/EmbedFilesScript.cmake
    VERBATIM)
endfunction()
