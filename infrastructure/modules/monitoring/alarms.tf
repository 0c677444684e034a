locals {
  alarm_actions = [aws_sns_topic.alerts.arn]
}

resource "aws_cloudwatch_metric_alarm" "node_cpu" {
  for_each = toset(var.node_autoscaling_group_names)

  alarm_name          = "${var.name}-node-cpu-${each.key}"
  alarm_description   = "Nodes of ${each.key} (${var.environment}) average above ${var.node_cpu_threshold_percent}% CPU for 15 minutes."
  namespace           = "AWS/EC2"
  metric_name         = "CPUUtilization"
  dimensions          = { AutoScalingGroupName = each.key }
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.node_cpu_threshold_percent
  # Staging is destroyed at night: no data is not an incident.
  treat_missing_data = "notBreaching"
  alarm_actions      = local.alarm_actions
  ok_actions         = local.alarm_actions
  tags               = var.tags
}

resource "aws_cloudwatch_metric_alarm" "node_status" {
  for_each = toset(var.node_autoscaling_group_names)

  alarm_name          = "${var.name}-node-status-${each.key}"
  alarm_description   = "A node of ${each.key} (${var.environment}) failed its EC2 status checks."
  namespace           = "AWS/EC2"
  metric_name         = "StatusCheckFailed"
  dimensions          = { AutoScalingGroupName = each.key }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 2
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = 1
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "apiserver_5xx" {
  alarm_name          = "${var.name}-apiserver-5xx"
  alarm_description   = "The ${var.cluster_name} API server answered more than ${var.apiserver_5xx_threshold} requests with 5xx in 5 minutes."
  namespace           = "AWS/EKS"
  metric_name         = "apiserver_request_total_5XX"
  dimensions          = { ClusterName = var.cluster_name }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.apiserver_5xx_threshold
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "pending_pods" {
  alarm_name          = "${var.name}-pending-pods"
  alarm_description   = "More than ${var.pending_pods_threshold} pods of ${var.cluster_name} waited for a node for 15 minutes: the node group is at its maximum or cannot scale."
  namespace           = "AWS/EKS"
  metric_name         = "scheduler_pending_pods"
  dimensions          = { ClusterName = var.cluster_name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.pending_pods_threshold
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}
