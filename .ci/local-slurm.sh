#!/bin/bash
# local-slurm.sh start|stop: a single-node SLURM for tests, everything under $SLURM_DIR (its own
# munge key and socket, config, state and logs); /etc/slurm is not touched. From the project's
# shared recipes (components, section 1), as tested there.
set -euo pipefail
D=${SLURM_DIR:-/tmp/slurm-local}
case "${1:-start}" in
start)
  if ! command -v slurmctld > /dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y \
      --no-install-recommends slurm-wlm munge > /dev/null 2>&1 || {
      apt-get -o DPkg::Lock::Timeout=600 update -qq
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y \
        --no-install-recommends slurm-wlm munge > /dev/null
    }
  fi
  mkdir -p "$D"/{munge,state,spool,log,run}; chmod 0755 "$D" "$D/munge"
  [ -f "$D/munge/munge.key" ] || mungekey -c -k "$D/munge/munge.key"
  /usr/sbin/munged -f --key-file="$D/munge/munge.key" --socket="$D/munge/munge.socket" \
     --pid-file="$D/munge/munged.pid" --log-file="$D/log/munged.log" --seed-file="$D/munge/munged.seed"
  H=$(hostname -s)
  cat > "$D/slurm.conf" <<CONF
ClusterName=local
SlurmctldHost=$H(127.0.0.1)
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$D/munge/munge.socket
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerParameters=batch_sched_delay=0
ReturnToService=2
JobCompType=jobcomp/filetxt
JobCompLoc=$D/log/jobcomp.txt
StateSaveLocation=$D/state
SlurmdSpoolDir=$D/spool
SlurmctldPidFile=$D/run/slurmctld.pid
SlurmdPidFile=$D/run/slurmd.pid
SlurmctldLogFile=$D/log/slurmctld.log
SlurmdLogFile=$D/log/slurmd.log
NodeName=$H NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF="$D/slurm.conf"
  /usr/sbin/slurmctld -f "$SLURM_CONF"
  /usr/sbin/slurmd -f "$SLURM_CONF"
  for _ in $(seq 1 150); do sinfo -h -o %t 2>/dev/null | grep -qx idle && exit 0; sleep 0.2; done
  echo "slurm did not come up; see $D/log" >&2; exit 1 ;;
stop)
  for p in "$D/run/slurmd.pid" "$D/run/slurmctld.pid" "$D/munge/munged.pid"; do
    if [ -f "$p" ]; then kill "$(cat "$p")" 2>/dev/null || true; fi
    sleep 0.5
  done ;;
esac
