{{/* Labels every object of the chart carries. */}}
{{- define "roadmap.labels" -}}
app.kubernetes.io/part-of: roadmap
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- if .name }}
app.kubernetes.io/name: {{ .name }}
{{- end }}
{{- end }}

{{/* What selects one app's pods (Deployments, Services, PDBs, NetworkPolicies). */}}
{{- define "roadmap.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{/* The three services that keep data and exchange events. */}}
{{- define "roadmap.isService" -}}
{{- if has . (list "commitments-service" "meetings-service" "notifications-service") }}true{{ end }}
{{- end }}

{{/* The issuer URI every token's iss must equal. */}}
{{- define "roadmap.issuerUri" -}}
{{- if .Values.oidc.issuerUri -}}
{{ .Values.oidc.issuerUri }}
{{- else if .Values.apps.identity.enabled -}}
http://identity:{{ .Values.apps.identity.port }}
{{- else -}}
{{ fail "oidc.issuerUri is required when apps.identity is disabled: name the external OIDC provider's issuer" }}
{{- end -}}
{{- end }}

{{/* Kafka's bootstrap address on the clients' TLS + SCRAM listener. */}}
{{- define "roadmap.kafkaBootstrap" -}}
{{ .Values.kafka.clusterName }}-kafka-bootstrap:{{ .Values.kafka.listenerPort }}
{{- end }}

{{/* The Secret Strimzi keeps the cluster CA certificate in, which clients trust. */}}
{{- define "roadmap.kafkaCaSecret" -}}
{{ .Values.kafka.clusterName }}-cluster-ca-cert
{{- end }}

{{/* A service's MongoDB connection string: its own user and database, majority writes. */}}
{{- define "roadmap.mongoUri" -}}
{{- $m := .root.Values.mongodb -}}
{{- $hosts := list -}}
{{- range $i := until (int $m.members) -}}
{{- $hosts = append $hosts (printf "%s-%d.%s-svc.%s.svc.cluster.local:27017" $m.name $i $m.name $.root.Release.Namespace) -}}
{{- end -}}
mongodb://{{ .name }}:${roadmap.mongo.password}@{{ join "," $hosts }}/{{ .app.database }}?replicaSet={{ $m.name }}&authSource=admin&w=majority
{{- end }}

{{/* Image reference of an app; "latest" is refused. */}}
{{- define "roadmap.image" -}}
{{- $tag := toString .root.Values.image.tag -}}
{{- if or (eq $tag "") (eq $tag "latest") -}}
{{ fail "image.tag must name a release (never empty or latest)" }}
{{- end -}}
{{ .root.Values.image.registry }}/{{ .name }}:{{ $tag }}
{{- end }}

{{/* NetworkPolicy egress rules to addresses outside the cluster: a list of {cidr, except, ports}. */}}
{{- define "roadmap.externalEgress" -}}
{{- range . }}
- to:
    - ipBlock:
        cidr: {{ .cidr }}
        {{- with .except }}
        except:
          {{- toYaml . | nindent 10 }}
        {{- end }}
  ports:
    {{- range .ports }}
    - {protocol: TCP, port: {{ . }}}
    {{- end }}
{{- end }}
{{- end }}
