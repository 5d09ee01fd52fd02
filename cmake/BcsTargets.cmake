# Helpers shared by every target: one place for warnings and for the test registration pattern
# (KeePassXC's add_unit_test idea), so no CMakeLists repeats flags.

function(bcs_set_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive-)
    if(BCS_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wcast-align -Woverloaded-virtual)
    if(BCS_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()

# Product code must say which strings are user-facing (tr) and which are Latin-1 literals;
# tests are exempt so that data rows stay readable.
function(bcs_set_strict_strings target)
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING
                                               QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()

# bcs_add_library(name SOURCES ... LINKS ...): a layer as a static library.
function(bcs_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src ${PROJECT_BINARY_DIR}/src)
  target_link_libraries(${name} PUBLIC ${ARG_LINKS})
  bcs_set_warnings(${name})
  bcs_set_strict_strings(${name})
endfunction()

# bcs_add_test(name SOURCES ... LINKS ... [LABELS ...] [WRAPPER script]): one Qt Test
# executable, registered with CTest, always offscreen so it never needs a display; WRAPPER runs
# it inside an environment (e.g. a private D-Bus session with a keyring).
function(bcs_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT;WRAPPER" "SOURCES;LINKS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LINKS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${name} PRIVATE
    BCS_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/fixtures"
    BCS_BIN_DIR="${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
  bcs_set_warnings(${name})
  if(ARG_WRAPPER)
    add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
  else()
    add_test(NAME ${name} COMMAND ${name})
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 120)
  endif()
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false"
    TIMEOUT ${ARG_TIMEOUT}
    COST ${ARG_TIMEOUT} # in a parallel run (ctest -j) the longest tests start first
    LABELS "${ARG_LABELS}")
endfunction()
