"""paivand nightly as an Airflow DAG: one SparkSubmitOperator a day, on the deliveries up to that day.

The task submits the application jar's command line, org.paivand.cli.PaivandCli, with `nightly` and its options with the run's logical date,
`--date {{ ds }}`, so a rerun or a catch-up of an older day processes exactly that night. Runs are serial
(max_active_runs=1, depends_on_past) because each night builds on the state the previous one left; the lock beside
the output refuses an overlapping run anyway (exit code 2, then a retry). Settings come from Airflow Variables with
the defaults of jobs/nightly.properties; the Spark connection (master, deploy mode) is `spark_default`.
"""

from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

INPUT = Variable.get("paivand_input", default_var="hdfs:///news/corpus")
OUTPUT = Variable.get("paivand_output", default_var="hdfs:///news/paivand-nightly")
JAR = Variable.get("paivand_jar", default_var="/opt/paivand/target/paivand.jar")

default_args = {
    "owner": "paivand",
    "depends_on_past": True,
    "retries": 3,
    "retry_delay": timedelta(minutes=20),
    "retry_exponential_backoff": True,
    "sla": timedelta(hours=4),
    "execution_timeout": timedelta(hours=6),
}

with DAG(
    dag_id="paivand_nightly",
    description="Update the paivand co-occurrence tables with the day's deliveries",
    default_args=default_args,
    schedule="15 2 * * *",
    start_date=datetime(2024, 1, 1),
    catchup=True,
    max_active_runs=1,
    tags=["paivand"],
) as dag:
    nightly = SparkSubmitOperator(
        task_id="paivand_nightly",
        conn_id="spark_default",
        application=JAR,
        java_class="org.paivand.cli.PaivandCli",
        name="paivand-nightly-{{ ds }}",
        driver_memory="2g",
        executor_memory="4g",
        application_args=[
            "nightly",
            "--input", INPUT,
            "--output", OUTPUT,
            "--date", "{{ ds }}",
            "--lookback-days", "7",
            "--quiet",
        ],
    )
