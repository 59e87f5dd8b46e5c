# One INTERFACE target that every PartyRoll target links: language level, warnings and the
# strict Qt macros. Mirrors qBittorrent's cmake/Modules/CommonConfig.cmake.
add_library(partyroll_common INTERFACE)
target_compile_features(partyroll_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(partyroll_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    PARTYROLL_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(partyroll_common INTERFACE
        -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Wpedantic)
    if(PARTYROLL_WERROR)
        target_compile_options(partyroll_common INTERFACE -Werror)
    endif()
endif()

# Sanitizers on every target of the build (compile and link), so the libraries, the tests and
# the partyroll-cli they start are all checked. -fno-sanitize-recover makes UBSan abort like
# ASan does: a report fails the test instead of scrolling past. PARTYROLL_FUZZ adds libFuzzer's
# coverage instrumentation; only the fuzz targets link its main().
if(PARTYROLL_SANITIZE OR PARTYROLL_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "PARTYROLL_SANITIZE and PARTYROLL_FUZZ need GCC or Clang")
    endif()
    set(PARTYROLL_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    if(PARTYROLL_FUZZ)
        if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            message(FATAL_ERROR "PARTYROLL_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang")
        endif()
        list(APPEND PARTYROLL_SANITIZER_FLAGS -fsanitize=fuzzer-no-link)
    endif()
    # Line tables are all a sanitizer report needs (function, file, line); full debug info would
    # double the size of a build that already holds every test binary twice.
    add_compile_options(${PARTYROLL_SANITIZER_FLAGS} -g1)
    add_link_options(-fsanitize=address,undefined)
endif()

# Compressed debug sections. Every test binary links the static libraries with their debug
# info; uncompressed a RelWithDebInfo build takes over 3 GB, which filled a CI machine's disk.
# gdb, addr2line and the sanitizers read compressed sections as they are.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    include(CheckCXXCompilerFlag)
    include(CheckLinkerFlag)
    check_cxx_compiler_flag(-gz PARTYROLL_COMPILER_HAS_GZ)
    check_linker_flag(CXX -gz PARTYROLL_LINKER_HAS_GZ)
    if(PARTYROLL_COMPILER_HAS_GZ AND PARTYROLL_LINKER_HAS_GZ)
        add_compile_options(-gz)
        add_link_options(-gz)
    endif()
endif()
