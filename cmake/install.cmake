# What `cmake --install` and `cpack -G DEB` put where. The binary finds its data relative to
# itself (generator/render/template_dirs.cc): bin/legeplan reads share/legeplan/, so these two
# destinations must stay side by side under the same prefix.

# The man page, docs/legeplan.1.md through Pandoc — which legeplan itself needs to run anyway.
find_program(PANDOC_EXECUTABLE pandoc)
if(NOT PANDOC_EXECUTABLE)
  message(FATAL_ERROR "pandoc was not found: it makes the man page from docs/legeplan.1.md and "
                      "legeplan runs it to convert plans. Install it with "
                      "`scripts/install-deps.sh run` (Debian package: pandoc).")
endif()
set(LEGEPLAN_MAN_PAGE ${PROJECT_BINARY_DIR}/legeplan.1)
add_custom_command(OUTPUT ${LEGEPLAN_MAN_PAGE}
  COMMAND ${PANDOC_EXECUTABLE} --standalone --from=markdown --to=man
          "--metadata=footer:legeplan ${PROJECT_VERSION}" "--metadata=header:legeplan manual"
          --output=${LEGEPLAN_MAN_PAGE} ${PROJECT_SOURCE_DIR}/docs/legeplan.1.md
  DEPENDS ${PROJECT_SOURCE_DIR}/docs/legeplan.1.md
  COMMENT "Writing the man page legeplan.1 from docs/legeplan.1.md"
  VERBATIM)
add_custom_target(legeplan_man ALL DEPENDS ${LEGEPLAN_MAN_PAGE})

install(TARGETS legeplan RUNTIME DESTINATION bin)
install(DIRECTORY templates/ DESTINATION share/legeplan/templates)
# schema/ may not exist yet in every checkout; nothing to install then.
install(DIRECTORY schema/ DESTINATION share/legeplan/schema OPTIONAL
        FILES_MATCHING PATTERN legeplan.schema.json PATTERN legeplan-diagnostics.schema.json)
install(FILES ${LEGEPLAN_MAN_PAGE} DESTINATION share/man/man1)
install(FILES completion/legeplan DESTINATION share/bash-completion/completions)

# cpack -G DEB: a package for /usr. Depends = the shared libraries' packages, found by
# dpkg-shlibdeps (dpkg-dev), plus the programs and fonts legeplan runs with but does not link.
set(CPACK_PACKAGE_NAME legeplan)
set(CPACK_PACKAGE_CONTACT "legeplan maintainers <maintainers@users.noreply.b-seed-e8a68919.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "plan for legetjenesten from YAML to DOCX, HTML, PDF and an XLSX cost workbook")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)  # the debug information is nine tenths of the binary
# libreoffice-writer-nogui makes the PDF from the DOCX (generator/publish/libreoffice.h); poppler-utils'
# pdfinfo reads back where its headings landed, for the DOCX's contents (generator/publish/pdf_pages.h).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "pandoc, libreoffice-writer-nogui, poppler-utils, gnuplot-nox, fonts-crosextra-carlito, fonts-liberation2, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
include(CPack)
