#!/usr/bin/env bash
# Score Dyad on the second held-out dev set (devset2/): same options as score-devset.sh.
DEVSET=devset2 exec "$(dirname "${BASH_SOURCE[0]}")/score-devset.sh" "$@"
