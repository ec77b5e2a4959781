# The message catalogs: po/<language>.po → <build>/locale/<language>/LC_MESSAGES/legeplan.mo by
# msgfmt (Debian's gettext), installed under share/locale. msgfmt --check refuses a catalog
# whose placeholders or plural forms do not match the English.
find_program(MSGFMT_EXECUTABLE msgfmt)
if(NOT MSGFMT_EXECUTABLE)
  message(FATAL_ERROR "msgfmt was not found: it compiles the Norwegian messages in po/. Install it "
                      "with `scripts/install-deps.sh run` (Debian package: gettext).")
endif()
set(LEGEPLAN_MESSAGE_LANGUAGES nb nn)
set(LEGEPLAN_LOCALE_DIR ${PROJECT_BINARY_DIR}/locale)
set(legeplan_catalogs)
foreach(language IN LISTS LEGEPLAN_MESSAGE_LANGUAGES)
  set(catalog ${LEGEPLAN_LOCALE_DIR}/${language}/LC_MESSAGES/legeplan.mo)
  add_custom_command(OUTPUT ${catalog}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${LEGEPLAN_LOCALE_DIR}/${language}/LC_MESSAGES
    COMMAND ${MSGFMT_EXECUTABLE} --check --output-file=${catalog} ${PROJECT_SOURCE_DIR}/po/${language}.po
    DEPENDS ${PROJECT_SOURCE_DIR}/po/${language}.po
    COMMENT "Compiling the ${language} messages"
    VERBATIM)
  list(APPEND legeplan_catalogs ${catalog})
  install(FILES ${catalog} DESTINATION share/locale/${language}/LC_MESSAGES)
endforeach()
add_custom_target(legeplan_messages ALL DEPENDS ${legeplan_catalogs})
add_dependencies(legeplan legeplan_messages)
target_compile_definitions(legeplan_core PRIVATE LEGEPLAN_BUILD_LOCALE_DIR="${LEGEPLAN_LOCALE_DIR}")
