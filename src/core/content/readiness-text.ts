/**
 * The wording of every readiness practice: its prompt, why we ask, what each maturity level
 * looks like, and the first-90-days action for a gap. Keyed by the ids in question-structure.ts;
 * loaded on demand by the questionnaire, statically by the engine (questions.ts). Sources as
 * named there. Changing any of it means a new CONTENT_VERSION.
 */
import type { ReadinessText } from '../types';

export const READINESS_TEXT: Readonly<Record<string, ReadinessText>> = {
  'gv-security-owner': {
    prompt: 'Who is accountable for your security program?',
    whyWeAsk:
      'HIPAA, the FTC Safeguards Rule, NYDFS and PCI DSS each require one person to be named responsible for security, and customer questionnaires ask for that name too.',
    levels: [
      'Nobody: security is handled by whoever notices a problem',
      'Someone looks after it informally, on top of their day job',
      'A named owner is written down, with their duties and authority',
      'The owner has set time and budget and runs the program month to month',
      'The owner is reviewed against program goals each year and a deputy is named',
    ],
    action:
      'Name one accountable security owner, on staff or a contracted vCISO, and write down their duties, authority and time.',
  },
  'gv-written-policies': {
    prompt: 'Do you have a written information security program and policies?',
    whyWeAsk:
      'A written program is the first thing auditors, insurers and large customers ask to see, and the FTC Safeguards Rule and the GLBA rules for banks and credit unions require one.',
    levels: [
      'No written security policies',
      'A few documents or templates, never formally adopted or kept current',
      'A written program and core policies approved by leadership',
      'Policies are followed and enforced in systems, so password, access and backup settings match what is written',
      'Policies are reviewed and re-approved every year, with exceptions logged and checked',
    ],
    action:
      'Write and adopt a core security program (acceptable use, access, data handling, backup and incident policies) approved by leadership.',
  },
  'gv-risk-strategy': {
    prompt:
      'Has leadership agreed which laws and contracts apply, which security risks matter most, and how much risk it will accept?',
    whyWeAsk:
      'Without agreed priorities and a clear list of obligations, security spending follows the latest scare instead of the business.',
    levels: [
      'Never discussed, and no list of what we must comply with',
      'Discussed when something comes up, but nothing is written down',
      'A written list of our obligations and the risks leadership cares about',
      'Risk appetite and priorities are agreed and used to decide projects and spending',
      'Priorities and obligations are revisited at least yearly and whenever the business changes',
    ],
    action:
      'List the laws, contracts and insurer terms that apply, and agree with leadership on the top risks and how much risk is acceptable.',
  },
  'gv-board-reporting': {
    prompt: 'How does leadership (owners or board) hear about the state of security?',
    whyWeAsk:
      'The FTC Safeguards Rule, NYDFS and NCUA call for a written report to the board at least yearly, and a regular review is how leadership stays accountable for gaps and budget.',
    levels: [
      'Leadership hears about security only when something breaks',
      'Occasional verbal updates when someone asks',
      'A written security report goes to leadership at least once a year',
      'A quarterly review covers program status, gaps closed and still open, and budget',
      'Quarterly reviews track agreed measures over time and leadership records its decisions',
    ],
    action:
      'Set up a quarterly security review with leadership covering gaps closed, gaps still open and the next budget request.',
  },
  'gv-vendor-risk': {
    prompt: 'Do you know which vendors can reach your systems or data, and have you checked them?',
    whyWeAsk:
      'Attackers often come in through a supplier, and regulators and customers expect you to show how you oversee the third parties that hold your data.',
    levels: [
      'No list of the vendors with access to our systems or data',
      'We know the main ones, but nobody checks their security',
      'A written vendor list showing what data each touches, and a review process',
      'Key vendors are reviewed before signing and their contracts carry security terms',
      'Vendors are re-reviewed on a schedule set by risk, and findings are followed up',
    ],
    action:
      'List every vendor with access to your systems or data, rank them by risk, and review the riskiest ones’ security and contracts.',
  },
  'id-asset-inventory': {
    prompt: 'Do you keep an up-to-date inventory of your devices, software and cloud services?',
    whyWeAsk:
      'You cannot patch, protect or insure what you do not know you have, which is why every framework starts with the inventory.',
    levels: [
      'No inventory',
      'A spreadsheet that is rarely updated',
      'A maintained list of devices, software and cloud services, each with an owner',
      'An automatically updated inventory that flags unknown devices and software',
      'The inventory is reconciled at least quarterly and unmanaged assets are tracked down',
    ],
    action:
      'Build one inventory of devices, software and cloud services, fed by your management tools, with an owner for each.',
  },
  'id-risk-assessment': {
    prompt: 'When did you last carry out a security risk assessment?',
    whyWeAsk:
      'The risk assessment decides what to fix first; the FTC Safeguards Rule asks for a written one, and a vCISO refreshes it every year.',
    levels: [
      'Never',
      'Once, informally, with nothing written down',
      'A written assessment of threats, controls and gaps has been done',
      'It is repeated every year, and each risk has an owner and a treatment plan',
      'It is refreshed yearly and after major changes, and progress on each risk is reported',
    ],
    action:
      'Run a written risk assessment of your assets, threats, current controls and gaps, and turn it into a ranked plan.',
  },
  'id-improvement': {
    prompt:
      'Are findings from audits, tests, incidents and assessments tracked until they are fixed?',
    whyWeAsk:
      'An assessment only helps if its findings get closed; a tracked list of open items is what turns a report into progress.',
    levels: [
      'Findings are not recorded',
      'Some findings get fixed when someone remembers',
      'A written list of open findings, each with an owner',
      'Findings are tracked to closure with due dates and reviewed every month',
      'Closure rates and overdue items are measured and reported to leadership',
    ],
    action:
      'Keep one register of security findings with an owner and due date for each, and review it monthly.',
  },
  'pr-mfa': {
    prompt: 'How widely is multi-factor authentication (MFA) used?',
    whyWeAsk:
      'Stolen passwords are a leading way in; the FTC Safeguards Rule requires MFA and cyber-insurance applications ask about it.',
    levels: [
      'No MFA anywhere',
      'On some accounts, by choice',
      'A written rule says who must use MFA',
      'Enforced on email, remote access and admin accounts',
      'Enforced everywhere, exceptions reviewed quarterly and coverage measured',
    ],
    action:
      'Enforce MFA on every admin account first, then on email, remote access and cloud applications for everyone.',
  },
  'pr-access-control': {
    prompt: 'How are accounts and access rights granted, changed and removed?',
    whyWeAsk:
      'Forgotten accounts of former staff and everyday users with admin rights are common ways for attackers to get in and move around.',
    levels: [
      'Accounts are created on request and rarely removed',
      'Leavers are usually removed, but there is no checklist',
      'Written joiner, mover and leaver steps, with access based on role',
      'Accounts are disabled on the last day and admin rights sit in separate, limited accounts',
      'Access is reviewed at least quarterly and stale or excess rights are removed',
    ],
    action:
      'Write joiner, mover and leaver runbooks, remove stale accounts, and move admin rights to separate, limited accounts.',
  },
  'pr-training': {
    prompt: 'Do staff get security awareness training?',
    whyWeAsk:
      'Phishing and payment fraud target people rather than systems; the FTC Safeguards Rule requires training, and insurers and auditors expect it.',
    levels: [
      'No training',
      'An occasional reminder or a one-off session',
      'Training is required at hire and every year, and completion is recorded',
      'Regular short training plus phishing simulations for everyone',
      'Click and report rates are measured and training is targeted where it is needed',
    ],
    action:
      'Require security training at hire and every year for all staff, with regular phishing simulations.',
  },
  'pr-patching': {
    prompt: 'How are systems and applications kept patched and checked for vulnerabilities?',
    whyWeAsk:
      'Unpatched systems, above all those facing the internet, are among the commonest ways in; scanning shows what the patching missed.',
    levels: [
      'Updates are installed when someone gets round to it',
      'Automatic updates on some computers; servers and applications patched now and then',
      'A written patch policy with target times by severity',
      'Patches are deployed centrally and vulnerability scans run at least monthly',
      'Patch times are measured against the targets and overdue items are escalated',
    ],
    action:
      'Set patch deadlines by severity, deploy patches centrally, and scan monthly, starting with internet-facing systems.',
  },
  'pr-network-protection': {
    prompt: 'How is your network protected and divided, and how do people connect remotely?',
    whyWeAsk:
      'On a flat network one infected laptop can reach every server; firewalls, separated networks and secure remote access limit how far an attacker gets.',
    levels: [
      'One flat network, and remote access is open to the internet (for example exposed remote desktop)',
      'A firewall is in place, but its rules and remote access grew piecemeal',
      'A documented network design, firewall rules and one standard way to connect remotely',
      'Guest, staff and server networks are separated and remote access requires MFA',
      'Firewall rules and the network design are reviewed at least yearly and unused rules removed',
    ],
    action:
      'Close exposed remote-access ports, separate guest and server networks, and put remote access behind an MFA-protected gateway.',
  },
  'pr-backups-protected': {
    prompt: 'Are your backups complete and out of an attacker’s reach?',
    whyWeAsk:
      'Ransomware featured in 44% of breaches in the Verizon DBIR 2025, and attackers go after backups first; a copy they cannot reach lets you recover without paying.',
    levels: [
      'No reliable backups',
      'Some systems are backed up, to a drive or share on the same network',
      'A written backup policy covers every key system and cloud service',
      'Backups run automatically, with an offline or immutable copy behind separate credentials',
      'Backup success and coverage are checked every week and gaps are fixed',
    ],
    action:
      'Back up every key system and cloud service to an offline or immutable copy that uses separate credentials.',
  },
  'pr-data-protection': {
    prompt:
      'Do you know where sensitive data is kept, and is it encrypted and limited to those who need it?',
    whyWeAsk:
      'Customer, patient and financial records are what regulators and customers care about, and the FTC Safeguards Rule requires encrypting them.',
    levels: [
      'We do not know where sensitive data is kept',
      'We know roughly, and some laptops are encrypted',
      'A written data inventory with classification and retention rules',
      'Sensitive data is encrypted on devices and in transit, and access is limited by role',
      'Data locations and encryption coverage are checked yearly and old data is deleted on schedule',
    ],
    action:
      'Map where sensitive data is stored, encrypt laptops and data in transit, and limit access to those who need it.',
  },
  'pr-payment-card': {
    prompt: 'How well is payment-card data kept out of, or locked down in, your systems?',
    whyWeAsk:
      'PCI DSS applies to anyone who stores, processes or transmits card data, and v4.0.1 asks for security to be formally assigned to a security-knowledgeable executive.',
    levels: [
      'We do not know where card numbers are entered or stored',
      'Card handling grew piecemeal and nobody has checked our PCI scope',
      'Our PCI scope and the assessment type that applies are written down',
      'Card data stays out of our systems (hosted payment page or tokens) or is walled off, and the yearly assessment is done',
      'Scope is re-checked yearly and after changes, and assessment findings are tracked to closure',
    ],
    action:
      'Confirm your PCI DSS scope and shrink it by moving card entry to a hosted or tokenized payment service.',
  },
  'pr-secure-development': {
    prompt: 'How is security built into the software or online services you develop?',
    whyWeAsk:
      'When you ship software its flaws become your customers’ risk, and enterprise buyers and SOC 2 auditors ask how code is reviewed and tested.',
    levels: [
      'No security steps in development',
      'Developers fix security issues as they come up',
      'Written secure-coding standards and code-review rules',
      'Code review, dependency scanning and security tests run before every release',
      'Security defects are tracked against fix-time targets and an independent test runs yearly',
    ],
    action:
      'Add peer code review, dependency scanning and secret scanning to every release, and track security defects to closure.',
  },
  'de-edr': {
    prompt: 'Do all computers and servers run endpoint detection and response (EDR)?',
    whyWeAsk:
      'Plain antivirus misses most hands-on attacks; EDR records what happens on each device so an attack can be spotted and stopped.',
    levels: [
      'Only the antivirus built into the operating system, or nothing',
      'Antivirus or EDR on some devices, installed one by one',
      'A written standard requires EDR on every computer and server',
      'EDR runs on every computer and server and can isolate a device',
      'EDR coverage is checked weekly and missing or unhealthy agents are fixed',
    ],
    action:
      'Deploy EDR on every computer and server, with its alerts going to someone who will act on them.',
  },
  'de-logging-monitoring': {
    prompt: 'Are security logs collected, kept and reviewed?',
    whyWeAsk:
      'Without logs nobody can tell what an attacker touched, and that decides whether you must notify customers or regulators.',
    levels: [
      'Logs are not collected beyond default settings',
      'Logs exist on individual systems but nobody reviews them',
      'A written rule says which logs are collected and how long they are kept',
      'Logs from email, cloud services, firewalls and servers are collected centrally and reviewed',
      'Log coverage and retention are checked and detection rules tuned at least quarterly',
    ],
    action:
      'Collect logs from email, cloud services, firewalls and servers in one place, and set how long to keep them.',
  },
  'de-suspicious-signins': {
    prompt:
      'Would you notice a suspicious sign-in, or a mailbox rule forwarding email outside the company?',
    whyWeAsk:
      'Business email compromise starts with one stolen login; alerts on unusual sign-ins and forwarding rules catch it before money or data leaves.',
    levels: [
      'We would find out from a customer or the bank',
      'Some built-in alerts are on, but nobody is sure who receives them',
      'Written rules say which sign-in and mailbox alerts are on and who handles them',
      'Alerts on risky sign-ins, new forwarding rules and MFA changes are reviewed daily',
      'Response times to these alerts are measured and the alert rules are tested and tuned',
    ],
    action:
      'Turn on alerts for risky sign-ins, external forwarding rules and MFA changes, and name who responds to them.',
  },
  'de-alert-triage': {
    prompt: 'Who looks at security alerts, and how quickly, including nights and weekends?',
    whyWeAsk:
      'Alerts help only if someone qualified looks at them and acts in time, and attacks do not wait for office hours.',
    levels: [
      'Nobody is assigned to look at alerts',
      'Alerts land in a shared inbox and are read when someone has time',
      'Written steps say who triages alerts, how fast, and when to escalate',
      'Alerts are triaged around the clock, by staff or a managed detection service',
      'Triage times and false-alarm rates are measured and reviewed monthly',
    ],
    action:
      'Arrange round-the-clock alert triage, in house or through a managed detection service, with written escalation steps.',
  },
  'rs-ir-plan': {
    prompt: 'Do you have a written incident response plan?',
    whyWeAsk:
      'In the first hours a plan decides who calls the insurer, who may shut systems down and who speaks to customers; the FTC Safeguards Rule requires one once you hold data on 5,000 or more consumers.',
    levels: [
      'No plan',
      'We know roughly who to call, but nothing is written',
      'A written plan with roles, contacts, decision rights and the insurer’s claims hotline',
      'The people in the plan know their part, and there are playbooks for ransomware and email compromise',
      'The plan is updated after every exercise, incident or near-miss and re-approved yearly',
    ],
    action:
      'Write an incident response plan naming roles, decision rights, outside contacts and the insurer’s claims hotline.',
  },
  'rs-containment': {
    prompt: 'If an attack started today, could you contain it and find out what happened?',
    whyWeAsk:
      'Fast containment limits the damage, and knowing what was accessed decides what must be reported; most small firms need outside responders lined up in advance.',
    levels: [
      'We would not know where to start',
      'We would call our IT provider and improvise',
      'Written steps for isolating devices and accounts, and an incident response firm identified',
      'Devices can be isolated and accounts disabled within minutes, and a responder is on retainer or on the insurer’s panel',
      'Containment steps are tested, and every incident’s cause and scope are written up',
    ],
    action:
      'Line up an incident response firm, often through your insurer’s panel, and write the steps for isolating devices and disabling accounts.',
  },
  'rs-notification': {
    prompt: 'Do you know whom you must notify after a breach, and how fast?',
    whyWeAsk:
      'Deadlines can be short: 72 hours under NYDFS, 30 days for FTC-covered events affecting 500 or more consumers, four business days after a materiality decision for SEC filers.',
    levels: [
      'We have not looked into it',
      'We would work it out with a lawyer at the time',
      'A written list of whom to notify (regulators, customers, insurer, police) and by when',
      'Draft notices and legal counsel are ready, and the list is part of the response plan',
      'Notification duties are re-checked yearly and whenever contracts or rules change',
    ],
    action:
      'List everyone you must notify after a breach, with deadlines, and keep draft notices and counsel’s contacts in the response plan.',
  },
  'rs-tabletop': {
    prompt: 'Do you rehearse incident response with a tabletop exercise?',
    whyWeAsk:
      'A tabletop is a guided walk-through of a realistic attack, the cheapest way to find gaps in the plan; a vCISO runs one every year.',
    levels: [
      'Never rehearsed',
      'Talked through informally, once',
      'A yearly tabletop is written into the plan and scheduled',
      'Leadership and IT take part in a tabletop every year and lessons are written up',
      'Lessons from each exercise are tracked to closure and the scenario changes every year',
    ],
    action:
      'Run a ransomware tabletop exercise with leadership and IT, and track the lessons learned to closure.',
  },
  'rc-recovery-tested': {
    prompt: 'Have you tested restoring your key systems from backup?',
    whyWeAsk:
      'A backup that has never been restored is a hope, not a plan, and only a test shows how long recovery really takes.',
    levels: [
      'Never tested',
      'Single files have been restored when someone needed them',
      'Written restore steps and target recovery times for key systems',
      'Full restores of key systems are tested at least yearly',
      'Restore tests are timed against the targets, and shortfalls are fixed and re-tested',
    ],
    action:
      'Restore one key system end to end from backup, time it, and compare that with how long the business can do without it.',
  },
  'rc-bcp': {
    prompt: 'Do you have a business continuity and disaster recovery plan?',
    whyWeAsk:
      'When systems or a site are down, a continuity plan says how the business keeps working and what comes back first.',
    levels: [
      'No plan',
      'Ideas exist in a few people’s heads',
      'A written plan lists critical processes and systems, the recovery order and workarounds',
      'Managers know the plan, and alternate ways of working and supplier contacts are ready',
      'The plan is exercised and updated at least yearly and after major business changes',
    ],
    action:
      'Rank critical business processes, set how long each can be down, and write the recovery order and manual workarounds.',
  },
  'rc-recovery-communication': {
    prompt: 'During a recovery, who keeps staff, customers and partners informed?',
    whyWeAsk:
      'Clear, timely updates during an outage protect trust and cut down on rumors, calls and costly mistakes.',
    levels: [
      'Nobody is designated and we would improvise',
      'The owner or a manager would call people as needed',
      'A written communication plan names spokespeople and audiences',
      'Contact lists that work without our systems and draft messages are ready',
      'Communication is rehearsed in exercises and reviewed after every event',
    ],
    action:
      'Name a spokesperson, keep an offline contact list, and draft outage messages for staff, customers and partners.',
  },
  'it-roadmap': {
    prompt: 'Do you have a multi-year IT roadmap tied to business goals?',
    whyWeAsk:
      'Without a roadmap technology gets bought when something breaks; a roadmap lines up projects, budget and risk with where the business is going.',
    levels: [
      'No plan: technology is bought when something breaks',
      'Ideas for next year, not written down',
      'A written roadmap covering at least the next one to three years',
      'The roadmap is agreed with leadership and drives projects and the budget',
      'Progress against the roadmap is reviewed quarterly and it is updated as goals change',
    ],
    action:
      'Write a two-to-three-year IT roadmap from the business goals and agree on it with leadership.',
  },
  'it-budget': {
    prompt: 'How is your IT budget set?',
    whyWeAsk:
      'A planned budget turns surprise spending into choices leadership has agreed on, and shows what IT and security really cost.',
    levels: [
      'No IT budget: money is spent as needs arise',
      'Last year’s spending is repeated and surprises are paid as they come',
      'A written yearly IT budget covers recurring costs, projects and replacements',
      'The budget is built from the roadmap and replacement plan and approved by leadership',
      'Actual spending is compared with the budget quarterly and the forecast adjusted',
    ],
    action:
      'Build next year’s IT budget from the roadmap, renewals and planned replacements, and compare it with actual spending quarterly.',
  },
  'it-vendor-contracts': {
    prompt: 'Do you track your technology contracts, renewals and licenses?',
    whyWeAsk:
      'Silent auto-renewals, unused licenses and contracts without security terms waste money and add risk.',
    levels: [
      'Contracts and renewals are not tracked',
      'Someone remembers the big renewals',
      'A written register of contracts and licenses with renewal dates and owners',
      'Renewals are reviewed well ahead, with quotes compared and security terms checked',
      'Vendor performance and license use are reviewed yearly and unused spending is cut',
    ],
    action:
      'Build a register of technology contracts and licenses with renewal dates, and review each one well before it renews.',
  },
  'it-lifecycle': {
    prompt: 'Do you plan when computers, servers and software are replaced?',
    whyWeAsk:
      'Old hardware and unsupported software are slow, costly to fix and stop getting security updates.',
    levels: [
      'Equipment is replaced only when it fails',
      'Things are replaced when they feel old',
      'A written replacement schedule with end-of-support dates for key systems',
      'Replacements are budgeted and done on schedule, and no unsupported software remains',
      'Lifecycle status is reported at least quarterly and feeds the budget',
    ],
    action:
      'Record the age and end-of-support date of hardware and software, and schedule and budget the replacements.',
  },
  'it-initiative-governance': {
    prompt: 'How are the major technology projects you are planning led and overseen?',
    whyWeAsk:
      'Cloud moves, ERP replacements, acquisitions and new sites are where budgets overrun and security gets skipped unless someone senior steers them.',
    levels: [
      'Projects start without a plan or an owner',
      'A vendor or the MSP runs the project and the business checks in now and then',
      'Each project has a written plan, budget, sponsor and measures of success',
      'An IT leader oversees each project, and security and data are reviewed before go-live',
      'Project status goes to leadership regularly and lessons are captured at the close',
    ],
    action:
      'Give each major initiative a sponsor, a written plan and budget, and a security review before go-live.',
  },
  'it-msp-oversight': {
    prompt: 'How do you oversee your managed service provider (MSP)?',
    whyWeAsk:
      'Your MSP holds the keys to everything and you stay accountable for what it does, so its service and security should be checked, not assumed.',
    levels: [
      'We trust the MSP and do not review its work',
      'We talk when there is a problem',
      'A contract with written service levels and security duties',
      'Regular reviews of tickets, service levels, projects and the MSP’s own security',
      'MSP performance is measured against targets each quarter and its admin access is audited',
    ],
    action:
      'Hold a quarterly review with your MSP covering service levels, open projects, its own security and who holds admin access.',
  },
};
