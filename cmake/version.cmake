# The text `legeplan --version` prints: the project's version, and the commit when this source is
# a git clone (worked out at configure time; a copy without git, or without .git, gets none).
set(LEGEPLAN_VERSION_TEXT "legeplan ${PROJECT_VERSION}")
find_package(Git QUIET)
if(GIT_FOUND)
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --show-toplevel
                  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                  OUTPUT_VARIABLE git_toplevel OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE git_status ERROR_QUIET)
  # Only the source's own repository: a copy unpacked inside some other clone is not a commit of ours.
  if(git_status EQUAL 0)
    file(REAL_PATH "${git_toplevel}" git_toplevel)
    file(REAL_PATH "${PROJECT_SOURCE_DIR}" source_real)
    if(git_toplevel STREQUAL source_real)
      execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short HEAD
                      WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                      OUTPUT_VARIABLE git_revision OUTPUT_STRIP_TRAILING_WHITESPACE
                      RESULT_VARIABLE git_status ERROR_QUIET)
      if(git_status EQUAL 0 AND git_revision)
        string(APPEND LEGEPLAN_VERSION_TEXT " (git ${git_revision})")
      endif()
    endif()
  endif()
endif()
target_compile_definitions(legeplan PRIVATE LEGEPLAN_VERSION_TEXT="${LEGEPLAN_VERSION_TEXT}")
# The version alone, for the library: what `validate --diagnostics sarif` names as the tool's
# version. Without the commit, so that a new commit does not rebuild the library.
target_compile_definitions(legeplan_core PRIVATE LEGEPLAN_VERSION="${PROJECT_VERSION}")
