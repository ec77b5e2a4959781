# Builds PLAN's output in FORMAT (default md; its file ends in SUFFIX, default .md) with LEGEPLAN
# into a fresh folder and compares it byte for byte with GOLDEN; with YEAR, the plan's follow-up
# report for that year instead of its build; with LAYOUT, the budget file in that layout. With the environment variable LEGEPLAN_UPDATE=1 it
# rewrites GOLDEN instead.
if(NOT DEFINED FORMAT)
  set(FORMAT md)
  set(SUFFIX .md)
endif()
set(out ${WORK}/golden-${NAME})
file(REMOVE_RECURSE ${out})
if(DEFINED YEAR)
  set(command report ${PLAN} --year ${YEAR})
else()
  set(command build ${PLAN})
  if(DEFINED LAYOUT)
    list(APPEND command --budget-layout ${LAYOUT})
  endif()
endif()
execute_process(COMMAND ${LEGEPLAN} ${command} -o ${out} --format ${FORMAT}
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "legeplan ${command} failed (${rc}): ${err}")
endif()
file(GLOB produced ${out}/*${SUFFIX})
if("$ENV{LEGEPLAN_UPDATE}" STREQUAL "1")
  file(COPY_FILE ${produced} ${GOLDEN})
  return()
endif()
file(READ ${produced} actual HEX)
file(READ ${GOLDEN} expected HEX)
if(NOT actual STREQUAL expected)
  message(FATAL_ERROR "${produced} differs from ${GOLDEN}; diff them, and if the change is meant, "
                      "rerun with LEGEPLAN_UPDATE=1")
endif()
