-- wrk script: place-order.lua with a pause before each request of a connection, so that a number of
-- connections places orders at about a given rate. args: <tokens file> <products file> <pause ms>
-- (CONVEYOR_BENCH_DIR names this folder; lag.py sets it)
dofile(os.getenv("CONVEYOR_BENCH_DIR") .. "/place-order.lua")

local place_init = init
local pause = 0

function init(args)
  place_init(args)
  pause = tonumber(args[3]) or 0
end

function delay()
  return pause
end
