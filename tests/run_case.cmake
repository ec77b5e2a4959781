# Runs one data-driven case: DIR/NAME.yaml (or the arguments in DIR/NAME.args, which name the
# files themselves) through LEGEPLAN from DIR, and compares "exit N", stdout and stderr with
# DIR/NAME.expected. With the environment variable LEGEPLAN_UPDATE=1 it rewrites the file.
set(args validate ${NAME}.yaml)
if(EXISTS ${DIR}/${NAME}.args)
  file(READ ${DIR}/${NAME}.args args_text)
  string(STRIP "${args_text}" args_text)
  separate_arguments(args UNIX_COMMAND "${args_text}")
endif()
execute_process(COMMAND ${LEGEPLAN} ${args}
  WORKING_DIRECTORY ${DIR}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc
  TIMEOUT 20)
string(JOIN " " shown ${args})
set(actual "$ legeplan ${shown}\nexit ${rc}\n${out}${err}")
if("$ENV{LEGEPLAN_UPDATE}" STREQUAL "1")
  file(WRITE ${DIR}/${NAME}.expected "${actual}")
  return()
endif()
file(READ ${DIR}/${NAME}.expected expected)
if(NOT actual STREQUAL expected)
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/${NAME}.actual "${actual}")
  message(FATAL_ERROR "output differs from ${NAME}.expected\n--- expected\n${expected}\n--- actual\n${actual}")
endif()
