# Runs one data-driven case: DIR/NAME.yaml validated, or the command in DIR/NAME.args (which
# names its own files, relative to DIR, and may start with NAME=value words that set the
# environment), run by LEGEPLAN from DIR. The result must equal
# DIR/NAME.expected exactly: the command line, "exit N", standard output as it is, then standard
# error with each line marked "2> " (as pandoc's test/command files mark it). $WORK in NAME.args
# is a fresh empty folder of the case's own, for a command that writes; in the output its path
# reads $WORK again. With the environment variable LEGEPLAN_UPDATE=1 it rewrites NAME.expected.
set(args_text "validate ${NAME}.yaml")
if(EXISTS ${DIR}/${NAME}.args)
  file(READ ${DIR}/${NAME}.args args_text)
  string(STRIP "${args_text}" args_text)
endif()
get_filename_component(group ${DIR} NAME)
set(work ${WORK_ROOT}/${group}/${NAME})
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})
string(REPLACE "$WORK" "${work}" command_text "${args_text}")
separate_arguments(args UNIX_COMMAND "${command_text}")
# Leading NAME=value words set the environment, as in a shell: LANG=nb_NO.UTF-8 validate …
set(environment "")
while(args)
  list(GET args 0 first)
  if(NOT first MATCHES "^([A-Z_]+)=(.*)$")
    break()
  endif()
  set(ENV{${CMAKE_MATCH_1}} "${CMAKE_MATCH_2}")
  string(APPEND environment "${first} ")
  list(REMOVE_AT args 0)
endwhile()
string(REGEX REPLACE "^([A-Z_]+=[^ ]* )+" "" args_text "${args_text}")
execute_process(COMMAND ${LEGEPLAN} ${args}
  WORKING_DIRECTORY ${DIR}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc
  TIMEOUT 20)
if(NOT err STREQUAL "")
  string(REPLACE "\n" "\n2> " err "2> ${err}")
  string(REGEX REPLACE "2> $" "" err "${err}")
  string(REPLACE "2> \n" "2>\n" err "${err}")
endif()
set(actual "$ ${environment}legeplan ${args_text}\nexit ${rc}\n${out}${err}")
string(REPLACE "${work}" "$WORK" actual "${actual}")
if("$ENV{LEGEPLAN_UPDATE}" STREQUAL "1")
  file(WRITE ${DIR}/${NAME}.expected "${actual}")
  return()
endif()
file(READ ${DIR}/${NAME}.expected expected)
if(NOT actual STREQUAL expected)
  file(WRITE ${work}.actual "${actual}")
  message(FATAL_ERROR "output differs from ${NAME}.expected (what came out: ${work}.actual)\n"
                      "--- expected\n${expected}\n--- actual\n${actual}")
endif()
