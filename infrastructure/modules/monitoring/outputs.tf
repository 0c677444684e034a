output "alert_topic_arn" {
  description = "SNS topic every alarm notifies."
  value       = aws_sns_topic.alerts.arn
}

output "application_log_group_name" {
  description = "Log group for application logs."
  value       = module.application_logs.name
}

output "alarm_names" {
  description = "Names of all alarms."
  value = concat(
    [for a in aws_cloudwatch_metric_alarm.node_cpu : a.alarm_name],
    [for a in aws_cloudwatch_metric_alarm.node_status : a.alarm_name],
    [aws_cloudwatch_metric_alarm.apiserver_5xx.alarm_name, aws_cloudwatch_metric_alarm.pending_pods.alarm_name],
  )
}
