# What every lambdagen_* CMake function does with arguments it does not take: stop the configure
# step with a message that names them and lists what it takes, instead of ignoring them.
include_guard(GLOBAL)

# _lambdagen_refuse_arguments(<caller> <unparsed> <keywords missing values> <what the caller takes>)
function(_lambdagen_refuse_arguments caller unparsed missing takes)
  if(unparsed)
    message(FATAL_ERROR "${caller}: unknown arguments ${unparsed}; it takes ${takes}")
  endif()
  if(missing)
    message(FATAL_ERROR "${caller}: ${missing} needs a value")
  endif()
endfunction()
