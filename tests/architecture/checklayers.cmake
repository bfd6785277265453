# The folders of core/ depend one way (docs/architecture.md):
#
#   model ← referential ← analysis ← exchange ← storage
#
# A file may include its own folder and the folders to its left, always by
# folder ("storage/storage.h"), never a header of app/. Run by ctest:
#
#   cmake -DSOURCE_DIR=<repository> -P tests/architecture/checklayers.cmake
cmake_minimum_required(VERSION 3.25)

set(layers model referential analysis exchange storage)
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}/core ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h)
set(problems "")
set(checked 0)
foreach(source IN LISTS sources)
    string(REGEX MATCH "^[^/]+" folder "${source}")
    list(FIND layers "${folder}" rank)
    if(rank EQUAL -1)
        if(NOT source STREQUAL "CMakeLists.txt")
            list(APPEND problems "core/${source}: not in one of the folders ${layers}")
        endif()
        continue()
    endif()
    file(STRINGS ${SOURCE_DIR}/core/${source} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS includes)
        math(EXPR checked "${checked} + 1")
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" header "${line}")
        if(NOT header MATCHES "/")
            list(APPEND problems "core/${source}: #include \"${header}\" does not name its folder")
            continue()
        endif()
        string(REGEX MATCH "^[^/]+" target "${header}")
        list(FIND layers "${target}" targetRank)
        if(targetRank EQUAL -1)
            list(APPEND problems "core/${source}: #include \"${header}\" is not a header of core/")
        elseif(targetRank GREATER rank)
            list(APPEND problems "core/${source}: ${folder}/ may not include ${target}/ (\"${header}\")")
        elseif(NOT EXISTS ${SOURCE_DIR}/core/${header})
            list(APPEND problems "core/${source}: #include \"${header}\" names no file")
        endif()
    endforeach()
endforeach()

if(checked LESS 50)
    message(FATAL_ERROR "only ${checked} includes found under ${SOURCE_DIR}/core: wrong SOURCE_DIR?")
endif()
if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Includes against the direction of core/:\n  ${text}")
endif()
message(STATUS "${checked} includes of core/ follow model ← referential ← analysis ← exchange ← storage")
